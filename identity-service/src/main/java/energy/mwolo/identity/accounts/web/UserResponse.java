package energy.mwolo.identity.accounts.web;

import energy.mwolo.identity.accounts.application.UserView;
import java.time.Instant;
import java.util.UUID;

record UserResponse(UUID id, String email, String firstName, String lastName, String postName, String phone,
                    String role, UUID agency, UUID client, UUID employee, String status, Instant lockedUntil,
                    Instant lastLogin, Instant createdAt, Instant updatedAt, boolean emailConfirmed,
                    String pendingEmail) {

    static UserResponse from(UserView view) {
        return new UserResponse(view.id(), view.email(), view.firstName(), view.lastName(), view.postName(),
                view.phone(), view.role(), view.agency(), view.client(), view.employee(), view.status(),
                view.lockedUntil(), view.lastLoginAt(), view.createdAt(), view.updatedAt(), view.emailConfirmed(),
                view.pendingEmail());
    }
}
