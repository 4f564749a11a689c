package energy.mwolo.embedded;

import energy.mwolo.contracts.services.KafkaUsers;

import java.util.Objects;

/**
 * A SCRAM user of a {@link SharedKafka} broker. The password is left out of {@link #toString()}.
 *
 * @param username the user ({@code crm}, {@code admin})
 * @param password its password
 */
public record KafkaCredentials(String username, String password) {

    /** The SASL mechanism of every client of the broker. */
    public static final String MECHANISM = "SCRAM-SHA-512";

    public KafkaCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** The client's {@code sasl.jaas.config}. */
    public String jaasConfig() {
        return KafkaUsers.scramJaasConfig(username, password);
    }

    @Override
    public String toString() {
        return "KafkaCredentials[" + username + "]";
    }
}
