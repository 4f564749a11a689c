package energy.mwolo.identity.accounts.model;

import java.util.Objects;

/** An encoded password hash (Argon2id). Its text never reaches a log, a response or an event. */
public record PasswordHash(String encoded) {

    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[hidden]";
    }
}
