package energy.mwolo.gateway.ratelimit;

import energy.mwolo.gateway.edge.ClientAddress;
import energy.mwolo.gateway.problems.Problems;
import io.github.bucket4j.ConsumptionProbe;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Applies the request budgets after authentication (so the user is known) and before routing: public POSTs by
 * client address, everything else a signed-in user sends by user. Providers' webhooks also spend their provider's
 * budget, whatever the address: a flood of forged callbacks from many addresses cannot starve billing of workers. Over budget: 429 problem+json with
 * {@code Retry-After}. Sign-in has no budget per account here: one per account from any address would let anyone
 * lock the owner out; identity-service throttles per (account, address) and knows whether the password was right.
 */
@Component
@Order(-50) // after Spring Security's filter chain (-100)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter implements WebFilter {

    private static final PathPattern LOGIN = pattern("/api/auth/login/**");
    private static final PathPattern REFRESH = pattern("/api/auth/refresh/**");
    private static final PathPattern REGISTER = pattern("/api/auth/register/**");
    private static final PathPattern PASSWORD_RESET = pattern("/api/auth/password/reset/**");
    private static final PathPattern WEBHOOKS = pattern("/api/billing/webhooks/**");
    private static final PathPattern WEBHOOK_OF_PROVIDER = pattern("/api/billing/webhooks/{provider}/**");
    /** The website's forms (cms-service): contact, testimonial, newsletter, job application. */
    private static final List<PathPattern> PUBLIC_FORMS = List.of(pattern("/api/cms/leads/**"),
            pattern("/api/cms/testimonial-submissions/**"), pattern("/api/cms/newsletter/**"),
            pattern("/api/cms/job-offers/*/applications/**"));

    /** A limit and the key prefix of its buckets: two limits never share a bucket. */
    private record Budget(String name, RateLimitProperties.Limit limit) {
    }

    private final RateLimitProperties limits;
    private final Budget login;
    private final Budget passwordReset;
    private final Budget register;
    private final Budget refresh;
    private final Budget webhooks;
    private final Budget publicPost;
    private final Buckets buckets;
    private final Problems problems;

    RateLimitFilter(RateLimitProperties limits, Problems problems) {
        this.limits = limits;
        this.login = new Budget("login-ip:", limits.loginPerIp());
        this.passwordReset = new Budget("password-reset-ip:", limits.passwordResetPerIp());
        this.register = new Budget("register-ip:", limits.registerPerIp());
        this.refresh = new Budget("refresh-ip:", limits.refreshPerIp());
        this.webhooks = new Budget("webhooks-ip:", limits.webhooksPerIp());
        this.publicPost = new Budget("public-post-ip:", limits.publicPostPerIp());
        this.buckets = new Buckets(limits);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        HttpMethod method = exchange.getRequest().getMethod();
        Budget perAddress = perAddressBudget(path, method);
        if (perAddress == webhooks) {
            return within(exchange, perAddress.limit(), perAddress.name() + ClientAddress.of(exchange),
                    () -> withinProviderBudget(exchange, chain, path));
        }
        if (perAddress != null) {
            return within(exchange, chain, perAddress.limit(), perAddress.name() + ClientAddress.of(exchange));
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .defaultIfEmpty("")
                .flatMap(user -> user.isEmpty() ? chain.filter(exchange)
                        : within(exchange, chain, limits.perUser(), "user:" + user));
    }

    private Budget perAddressBudget(PathContainer path, HttpMethod method) {
        if (PASSWORD_RESET.matches(path)) {
            return passwordReset;
        }
        if (method != HttpMethod.POST) {
            return null;
        }
        if (LOGIN.matches(path)) {
            return login;
        }
        if (REGISTER.matches(path)) {
            return register;
        }
        if (REFRESH.matches(path)) {
            return refresh;
        }
        if (WEBHOOKS.matches(path)) {
            return webhooks;
        }
        if (PUBLIC_FORMS.stream().anyMatch(form -> form.matches(path))) {
            return publicPost;
        }
        return null;
    }

    private Mono<Void> within(ServerWebExchange exchange, WebFilterChain chain, RateLimitProperties.Limit limit,
            String key) {
        return within(exchange, limit, key, () -> chain.filter(exchange));
    }

    private Mono<Void> within(ServerWebExchange exchange, RateLimitProperties.Limit limit, String key,
            Supplier<Mono<Void>> then) {
        ConsumptionProbe probe = buckets.take(limit, key);
        return probe.isConsumed() ? then.get() : tooMany(exchange, probe);
    }

    /** Codes not configured share one bucket: billing answers 404 to them, but they must not buy fresh budgets. */
    private Mono<Void> withinProviderBudget(ServerWebExchange exchange, WebFilterChain chain, PathContainer path) {
        PathPattern.PathMatchInfo match = WEBHOOK_OF_PROVIDER.matchAndExtract(path);
        String provider = match == null ? "" : match.getUriVariables().get("provider").strip().toLowerCase(Locale.ROOT);
        RateLimitProperties.Limit limit = limits.webhooksPerProvider().get(provider);
        if (limit == null) {
            return within(exchange, chain, limits.webhooksOtherProvider(), "webhooks-provider-other");
        }
        return within(exchange, chain, limit, "webhooks-provider:" + provider);
    }

    /**
     * The refusal is written once the request's body is read (and dropped): answered while its end was still unread,
     * the keep-alive connection could stop reading, and the client's next request on it waited for nothing until
     * its timeout (seen in the tests: a POST after a refused POST). The body is bounded by the routes' size limits.
     */
    private Mono<Void> tooMany(ServerWebExchange exchange, ConsumptionProbe probe) {
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
        return exchange.getRequest().getBody().doOnNext(DataBufferUtils::release)
                .then(Mono.defer(() -> problems.write(exchange, 429, "rate.limited", seconds)));
    }

    private static PathPattern pattern(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
