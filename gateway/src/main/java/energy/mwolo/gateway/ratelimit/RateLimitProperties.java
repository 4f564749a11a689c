package energy.mwolo.gateway.ratelimit;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request budgets. Each is {@code capacity} requests per {@code period}, refilled gradually (10 per minute is one
 * every 6 seconds after a burst of 10).
 *
 * @param enabled            false switches every limit off
 * @param maxTrackedKeys     buckets kept in memory (addresses, users); the least recent go first
 * @param loginPerIp         {@code POST /api/auth/login/} per client address
 * @param registerPerIp      {@code POST /api/auth/register/} per client address
 * @param passwordResetPerIp {@code /api/auth/password/reset/**} per client address
 * @param refreshPerIp       {@code POST /api/auth/refresh/} per client address
 * @param webhooksPerIp      {@code POST /api/billing/webhooks/**} per client address (mobile-money providers)
 * @param publicPostPerIp    any other POST that needs no token (website leads) per client address
 * @param perUser            everything a signed-in user sends, per user
 * @param webhooksPerProvider {@code POST /api/billing/webhooks/{provider}/**} per provider code ({@code mpesa}), from
 *                           every address together, on top of {@code webhooksPerIp}
 * @param webhooksOtherProvider one budget shared by every provider code not in {@code webhooksPerProvider}, so
 *                           inventing codes gets no fresh budget
 */
@ConfigurationProperties("mwolo.gateway.rate-limits")
public record RateLimitProperties(Boolean enabled, long maxTrackedKeys, Limit loginPerIp, Limit registerPerIp,
        Limit passwordResetPerIp, Limit refreshPerIp, Limit webhooksPerIp, Limit publicPostPerIp, Limit perUser,
        Map<String, Limit> webhooksPerProvider, Limit webhooksOtherProvider) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        maxTrackedKeys = maxTrackedKeys <= 0 ? 200_000 : maxTrackedKeys;
        loginPerIp = orDefault(loginPerIp, 10);
        registerPerIp = orDefault(registerPerIp, 5);
        passwordResetPerIp = orDefault(passwordResetPerIp, 5);
        refreshPerIp = orDefault(refreshPerIp, 30);
        webhooksPerIp = orDefault(webhooksPerIp, 600);
        publicPostPerIp = orDefault(publicPostPerIp, 5);
        perUser = orDefault(perUser, 600);
        webhooksPerProvider = webhooksPerProvider == null ? Map.of()
                : webhooksPerProvider.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                        e -> e.getKey().strip().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        webhooksOtherProvider = orDefault(webhooksOtherProvider, 60);
    }

    private static Limit orDefault(Limit limit, long perMinute) {
        return limit == null ? new Limit(perMinute, Duration.ofMinutes(1)) : limit;
    }

    /** {@code capacity} requests per {@code period}. */
    public record Limit(long capacity, Duration period) {

        public Limit {
            if (capacity <= 0) {
                throw new IllegalArgumentException("A rate limit needs a positive capacity");
            }
            period = period == null ? Duration.ofMinutes(1) : period;
        }
    }
}
