package energy.mwolo.gateway.ratelimit;

import energy.mwolo.gateway.edge.ClientAddress;
import energy.mwolo.gateway.problems.Problems;
import io.github.bucket4j.ConsumptionProbe;
import java.security.Principal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the request budgets after authentication (so the user is known) and before routing: public POSTs by
 * client address (login also by account), everything else a signed-in user sends by user. Over budget: 429
 * problem+json with {@code Retry-After}.
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
    private static final PathPattern LEADS = pattern("/api/cms/leads/**");

    /** A limit and the key prefix of its buckets: two limits never share a bucket. */
    private record Budget(String name, RateLimitProperties.Limit limit) {
    }

    private final RateLimitProperties limits;
    private final Budget passwordReset;
    private final Budget register;
    private final Budget refresh;
    private final Budget webhooks;
    private final Budget publicPost;
    private final Buckets buckets;
    private final LoginAccount loginAccount;
    private final Problems problems;

    RateLimitFilter(RateLimitProperties limits, JsonMapper json, Problems problems) {
        this.limits = limits;
        this.passwordReset = new Budget("password-reset-ip:", limits.passwordResetPerIp());
        this.register = new Budget("register-ip:", limits.registerPerIp());
        this.refresh = new Budget("refresh-ip:", limits.refreshPerIp());
        this.webhooks = new Budget("webhooks-ip:", limits.webhooksPerIp());
        this.publicPost = new Budget("public-post-ip:", limits.publicPostPerIp());
        this.buckets = new Buckets(limits);
        this.loginAccount = new LoginAccount(json);
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!limits.enabled()) {
            return chain.filter(exchange);
        }
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        HttpMethod method = exchange.getRequest().getMethod();
        if (LOGIN.matches(path) && method == HttpMethod.POST) {
            return login(exchange, chain);
        }
        Budget perAddress = perAddressBudget(path, method);
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
        if (REGISTER.matches(path)) {
            return register;
        }
        if (REFRESH.matches(path)) {
            return refresh;
        }
        if (WEBHOOKS.matches(path)) {
            return webhooks;
        }
        if (LEADS.matches(path)) {
            return publicPost;
        }
        return null;
    }

    /** Per address first (cheap), then per account: reading the body once and handing the copy on. */
    private Mono<Void> login(ServerWebExchange exchange, WebFilterChain chain) {
        ConsumptionProbe byAddress = buckets.take(limits.loginPerIp(), "login-ip:" + ClientAddress.of(exchange));
        if (!byAddress.isConsumed()) {
            return tooMany(exchange, byAddress);
        }
        return ServerWebExchangeUtils.cacheRequestBodyAndRequest(exchange, request -> {
            String account = loginAccount.of(exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR));
            if (account != null) {
                ConsumptionProbe byAccount = buckets.take(limits.loginPerAccount(), "login-account:" + account);
                if (!byAccount.isConsumed()) {
                    releaseCachedBody(exchange);
                    return tooMany(exchange, byAccount);
                }
            }
            return chain.filter(exchange.mutate().request(request).build());
        });
    }

    private Mono<Void> within(ServerWebExchange exchange, WebFilterChain chain, RateLimitProperties.Limit limit,
            String key) {
        ConsumptionProbe probe = buckets.take(limit, key);
        return probe.isConsumed() ? chain.filter(exchange) : tooMany(exchange, probe);
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, ConsumptionProbe probe) {
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
        return problems.write(exchange, 429, "rate.limited", seconds);
    }

    /** The gateway frees a cached body after routing; a refused request is not routed. */
    private static void releaseCachedBody(ServerWebExchange exchange) {
        Object body = exchange.getAttributes().remove(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR);
        if (body instanceof DataBuffer buffer) {
            DataBufferUtils.release(buffer);
        }
    }

    private static PathPattern pattern(String pattern) {
        return PathPatternParser.defaultInstance.parse(pattern);
    }
}
