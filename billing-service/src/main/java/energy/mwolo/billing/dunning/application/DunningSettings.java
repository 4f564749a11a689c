package energy.mwolo.billing.dunning.application;

import energy.mwolo.billing.dunning.model.RetryPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mwolo.billing.dunning.*}.
 *
 * @param cron            when a pass runs (Africa/Kinshasa); {@code -} for never
 * @param passAtStart     a pass shortly after the service starts (after downtime, or a clock moved for a test)
 * @param maxAttempts     sends of one reminder before it is marked failed
 * @param firstRetryDelay wait after the first failed send, doubled after each further one
 * @param maxRetryDelay   the longest wait between two sends
 * @param lease           how long a sender holds a reminder it took; past it, another sender takes it again
 * @param mailFrom        the sender of reminder mails
 */
@ConfigurationProperties("mwolo.billing.dunning")
public record DunningSettings(@DefaultValue("0 */15 7-19 * * *") String cron,
                              @DefaultValue("true") boolean passAtStart,
                              @DefaultValue("8") int maxAttempts,
                              @DefaultValue("1m") Duration firstRetryDelay,
                              @DefaultValue("1h") Duration maxRetryDelay,
                              @DefaultValue("5m") Duration lease,
                              @DefaultValue("Mwolo Energy <facturation@mwolo.energy>") String mailFrom) {

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, firstRetryDelay, maxRetryDelay);
    }
}
