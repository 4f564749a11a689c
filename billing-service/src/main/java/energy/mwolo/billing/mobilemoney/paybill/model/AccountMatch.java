package energy.mwolo.billing.mobilemoney.paybill.model;

import java.util.UUID;

/**
 * The client an account reference names: by an invoice number (its client, and the invoice itself while it is
 * open) or a client number; none, or several.
 *
 * @param invoiceId the open invoice named, paid first; null for a client number or an invoice no longer open
 */
public record AccountMatch(Kind kind, UUID clientId, UUID invoiceId) {

    public static final AccountMatch NONE = new AccountMatch(Kind.NONE, null, null);
    public static final AccountMatch AMBIGUOUS = new AccountMatch(Kind.AMBIGUOUS, null, null);

    public AccountMatch {
        if ((kind == Kind.CLIENT) != (clientId != null)) {
            throw new IllegalArgumentException("A match names a client exactly when it found one");
        }
    }

    public static AccountMatch client(UUID clientId, UUID invoiceId) {
        return new AccountMatch(Kind.CLIENT, clientId, invoiceId);
    }

    public enum Kind {
        CLIENT, NONE, AMBIGUOUS
    }
}
