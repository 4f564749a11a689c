package energy.mwolo.support.tickets.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Who holds a ticket: an agent, an agency's team, or an agent within a team. Nullable: agent or team (not both),
 * by (an automatic assignment).
 */
public record Assignment(UUID agent, UUID team, boolean automatic, UUID by, Instant at) {

    public Assignment {
        if (agent == null && team == null) {
            throw new IllegalArgumentException("an assignment names an agent or a team");
        }
        Objects.requireNonNull(at, "at");
    }
}
