package energy.mwolo.support.agents;

import java.util.List;
import java.util.UUID;

/** An account that takes tickets of some categories at an agency; {@code user} is its identity account id. */
public record Agent(UUID user, UUID agency, String displayName, List<String> categories, boolean available) {
}
