package energy.mwolo.billing.runs.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mwolo.billing.runs.*}.
 *
 * @param cron               when the monthly run of the previous month starts (Africa/Kinshasa); {@code -} for never
 * @param batchSize          contracts per batch, each batch one transaction
 * @param missingConsumption what a metered contract without consumption for the month gets: {@code wait} (listed
 *                           as waiting, billed by a later run) or {@code estimate} (the average of its last months,
 *                           the invoice flagged estimated; waiting still when it has no history)
 * @param estimateMonths     how many past months an estimate averages
 * @param staleAfter         a running run without heartbeat for this long has lost its worker
 */
@ConfigurationProperties("mwolo.billing.runs")
public record RunSettings(@DefaultValue("0 0 3 1 * *") String cron, @DefaultValue("1000") int batchSize,
                          @DefaultValue("wait") MissingConsumption missingConsumption,
                          @DefaultValue("3") int estimateMonths, @DefaultValue("2m") Duration staleAfter) {

    public enum MissingConsumption {
        WAIT, ESTIMATE
    }
}
