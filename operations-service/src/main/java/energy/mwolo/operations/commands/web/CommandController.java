package energy.mwolo.operations.commands.web;

import energy.mwolo.operations.commands.application.BrowsingCommands;
import energy.mwolo.operations.commands.application.RelayCommanding;
import energy.mwolo.operations.commands.model.CommandAction;
import energy.mwolo.operations.meters.model.MeterId;
import energy.mwolo.platform.apidocs.AnswersProblem;
import energy.mwolo.platform.idempotency.Idempotent;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A meter's commands, newest first; disconnect/reconnect by hand answer 202 with the command, sent shortly after. */
@RestController
@RequestMapping("/api/operations/meters/{id}")
class CommandController {

    private final BrowsingCommands browsing;
    private final RelayCommanding commanding;

    CommandController(BrowsingCommands browsing, RelayCommanding commanding) {
        this.browsing = browsing;
        this.commanding = commanding;
    }

    @Operation(summary = "Lister les commandes de relais d'un compteur")
    @AnswersProblem(status = 404, codes = "meters.not_found")
    @GetMapping({"/commands", "/commands/"})
    PageResponse<CommandResponse> list(@PathVariable UUID id, PageQuery page, CurrentUser user) {
        MeterId meter = new MeterId(id);
        return PageResponse.of(page, browsing.count(meter, user), browsing.history(meter, page.offset(), page.limit()))
                .map(CommandResponse::from);
    }

    @Operation(summary = "Couper un compteur à distance")
    @AnswersProblem(status = 404, codes = "meters.not_found")
    @PostMapping({"/disconnect", "/disconnect/"})
    @Idempotent(required = true)
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommandResponse disconnect(@PathVariable UUID id, @RequestBody OrderRequest request, CurrentUser user) {
        return CommandResponse.from(commanding.orderByHand(new MeterId(id), CommandAction.DISCONNECT,
                request.reason(), user));
    }

    @Operation(summary = "Rétablir un compteur à distance")
    @AnswersProblem(status = 404, codes = "meters.not_found")
    @PostMapping({"/reconnect", "/reconnect/"})
    @Idempotent(required = true)
    @ResponseStatus(HttpStatus.ACCEPTED)
    CommandResponse reconnect(@PathVariable UUID id, @RequestBody OrderRequest request, CurrentUser user) {
        return CommandResponse.from(commanding.orderByHand(new MeterId(id), CommandAction.RECONNECT,
                request.reason(), user));
    }
}
