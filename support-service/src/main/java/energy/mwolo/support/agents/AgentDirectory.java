package energy.mwolo.support.agents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The support agents. */
public interface AgentDirectory {

    Optional<Agent> find(UUID user);

    List<Agent> all();

    void save(Agent agent, Instant at);

    /**
     * Round robin: the available agent of the agency taking the category who was given a ticket the longest ago
     * (never first), now marked as given one at {@code at}. Picks at one agency take turns until their
     * transactions end, so two tickets opened together go to two agents.
     */
    Optional<Agent> nextFor(UUID agency, String category, Instant at);
}
