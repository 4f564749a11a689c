package energy.mwolo.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key, in this process's memory (Caffeine). Behind Bucket4j's {@link ProxyManager}, so running
 * several gateway replicas means swapping in its Redis-backed manager here and nothing else. A bucket is dropped
 * once it has refilled completely: an idle client costs no memory.
 */
final class Buckets {

    private final ProxyManager<String> buckets;
    private final Map<RateLimitProperties.Limit, BucketConfiguration> configurations = new ConcurrentHashMap<>();

    Buckets(RateLimitProperties properties) {
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(properties.maxTrackedKeys()))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(5)))
                .build();
    }

    /** Takes one token from the bucket of {@code key} under {@code limit}; the probe says whether there was one. */
    ConsumptionProbe take(RateLimitProperties.Limit limit, String key) {
        BucketConfiguration configuration = configurations.computeIfAbsent(limit, Buckets::configuration);
        return buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
    }

    private static BucketConfiguration configuration(RateLimitProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
    }
}
