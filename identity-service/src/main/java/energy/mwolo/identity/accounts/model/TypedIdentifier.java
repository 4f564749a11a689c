package energy.mwolo.identity.accounts.model;

import java.util.Locale;

/**
 * What someone typed to sign in, as an email is kept (no surrounding spaces, lower case), whether or not it names an
 * account: the throttle counts per identifier typed, never per account, so it answers alike for both. Its text is
 * never shown nor kept in clear (people type passwords into it).
 */
public record TypedIdentifier(String value) {

    public TypedIdentifier {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    public static TypedIdentifier of(EmailAddress email) {
        return new TypedIdentifier(email.value());
    }

    @Override
    public String toString() {
        return "TypedIdentifier[***]";
    }
}
