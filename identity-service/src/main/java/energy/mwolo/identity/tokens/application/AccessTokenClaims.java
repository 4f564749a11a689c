package energy.mwolo.identity.tokens.application;

import java.util.List;
import java.util.UUID;

/** What an access token says about its holder (ARCHITECTURE.md §6); the links are left out when absent. */
public record AccessTokenClaims(UUID subject, List<String> roles, List<String> permissions, UUID agency,
                                UUID client, UUID employee) {

    public AccessTokenClaims {
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
    }
}
