package energy.mwolo.crm.registration;

import energy.mwolo.crm.clients.model.Client;
import energy.mwolo.platform.apidocs.AnswersProblem;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/crm/clients/{id}/account/ {user_id}}: staff tie an online account to a client. */
@RestController
class AccountLinkController {

    private final LinkingAccountByStaff linking;

    AccountLinkController(LinkingAccountByStaff linking) {
        this.linking = linking;
    }

    @Operation(summary = "Relier un compte utilisateur à un client")
    @AnswersProblem(status = 404, codes = "crm.client.not_found")
    @PostMapping({"/api/crm/clients/{id}/account", "/api/crm/clients/{id}/account/"})
    @Idempotent
    Response link(@PathVariable UUID id, @RequestBody @Valid Request request, CurrentUser user) {
        return Response.from(linking.link(id, request.userId(), user));
    }

    /**
     * The online account a staff member ties to the client, vouching for the person whatever the emails say. Tying the
     * same account again changes nothing; a closed client, a client tied to another account and an account tied to
     * another client are refused.
     *
     * @param userId the identity-service account (user id) the customer signs in with; required
     */
    record Request(@NotNull UUID userId) {
    }

    /**
     * The client and the online account it is now tied to.
     *
     * @param client       the client's id
     * @param clientNumber the client's number, {@code CL-<YYYY>-<NNNNNN>}
     * @param user         the identity-service account the customer signs in with
     * @param updatedAt    when the client last changed, ISO-8601 UTC
     */
    record Response(UUID client, String clientNumber, UUID user, Instant updatedAt) {

        static Response from(Client client) {
            return new Response(client.id(), client.number(), client.userId(), client.updatedAt());
        }
    }
}
