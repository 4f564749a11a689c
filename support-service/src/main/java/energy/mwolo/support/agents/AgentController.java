package energy.mwolo.support.agents;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.support.access.SupportAccess;
import energy.mwolo.support.kernel.InvalidField;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Support agents: staff list them; an agent with {@code support:update} (ADMIN) records one by its account id. */
@RestController
@RequestMapping("/api/support/agents")
class AgentController {

    private static final Set<String> CATEGORIES = Set.of("outage", "billing", "meter", "connection", "other");

    private final AgentDirectory agents;
    private final Clock clock;

    AgentController(AgentDirectory agents, Clock clock) {
        this.agents = agents;
        this.clock = clock;
    }

    /**
     * A support agent as an administrator records it: where and what it takes. Recording an agent already known
     * replaces its settings.
     *
     * @param agency the geo-service agency the agent works for; new tickets of that agency's clients go to its agents
     *     in turn
     * @param displayName the agent's name as staff see it, required, 200 characters at most
     * @param categories the ticket categories the agent takes, at least one of {@code outage}, {@code billing},
     *     {@code meter}, {@code connection}, {@code other} (case ignored, repeats dropped)
     * @param available whether new tickets may be given to the agent now; null means {@code true}
     */
    record AgentBody(@NotNull UUID agency, @NotBlank @Size(max = 200) String displayName,
                     @NotEmpty List<String> categories, Boolean available) {
    }

    /**
     * A support agent: the account that takes tickets, at which agency, of which categories. Lists are ordered by
     * display name.
     *
     * @param user the agent's identity-service user id, also the key for recording it and the {@code agent} of a
     *     ticket's assignment
     * @param agency the geo-service agency the agent works for
     * @param displayName the agent's name as staff see it
     * @param categories the ticket categories the agent takes, in alphabetical order: {@code billing},
     *     {@code connection}, {@code meter}, {@code other}, {@code outage}
     * @param available whether new tickets are given to the agent; when {@code false} the round robin skips it
     */
    record AgentResponse(UUID user, UUID agency, String displayName, List<String> categories, boolean available) {

        static AgentResponse from(Agent agent) {
            return new AgentResponse(agent.user(), agent.agency(), agent.displayName(), agent.categories(),
                    agent.available());
        }
    }

    @Operation(summary = "Lister les agents du support")
    @GetMapping({"", "/"})
    List<AgentResponse> list(CurrentUser user) {
        SupportAccess.requireAgent(user);
        return agents.all().stream().map(AgentResponse::from).toList();
    }

    @Operation(summary = "Enregistrer un agent du support (agence, catégories, disponibilité)")
    @PutMapping({"/{user}", "/{user}/"})
    @Transactional
    AgentResponse save(@PathVariable("user") UUID agentUser, @RequestBody @Valid AgentBody body, CurrentUser user) {
        SupportAccess.requireAgent(user);
        List<String> categories = body.categories().stream().map(code -> code.strip().toLowerCase(java.util.Locale.ROOT))
                .distinct().sorted().toList();
        for (String category : categories) {
            if (!CATEGORIES.contains(category)) {
                throw new InvalidField("categories", "support.validation.unknown_code", category);
            }
        }
        Agent agent = new Agent(agentUser, body.agency(), body.displayName().strip(), categories,
                !Boolean.FALSE.equals(body.available()));
        agents.save(agent, clock.instant());
        return AgentResponse.from(agent);
    }
}
