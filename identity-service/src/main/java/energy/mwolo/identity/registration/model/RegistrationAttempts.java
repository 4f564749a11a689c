package energy.mwolo.identity.registration.model;

import java.time.Instant;
import java.util.UUID;

/** Registrations with the address of an existing account, each of which mails its owner: counted to cap the mails. */
public interface RegistrationAttempts {

    void record(UUID userId, Instant at);

    int countSince(UUID userId, Instant since);
}
