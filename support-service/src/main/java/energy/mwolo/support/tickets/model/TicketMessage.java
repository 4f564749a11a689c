package energy.mwolo.support.tickets.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One message of a ticket; an internal note is never shown to the client. Nullable: author (the system). */
public record TicketMessage(UUID id, UUID author, AuthorKind authorKind, String body, boolean internal,
                            Instant postedAt) {

    public TicketMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authorKind, "authorKind");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(postedAt, "postedAt");
        if (internal && authorKind == AuthorKind.CLIENT) {
            throw new InternalNoteRefused();
        }
    }
}
