package energy.mwolo.billing.runs.application;

import energy.mwolo.billing.kernel.BillingPeriod;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.runs.model.RunAlreadyRunning;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the run of the month just ended ({@code mwolo.billing.runs.cron}, Kinshasa time; the 1st at 03:00 by
 * default). Several instances may fire together: one starts the run, the others meet it running and step aside.
 */
@Component
class RunSchedule {

    private static final Logger log = LoggerFactory.getLogger(RunSchedule.class);

    private final StartingRun starting;
    private final BusinessTime time;

    RunSchedule(StartingRun starting, BusinessTime time) {
        this.starting = starting;
        this.time = time;
    }

    @Scheduled(cron = "${mwolo.billing.runs.cron:0 0 3 1 * *}", zone = "Africa/Kinshasa")
    void startLastMonth() {
        BillingPeriod period = new BillingPeriod(YearMonth.from(time.today()).minusMonths(1));
        try {
            starting.startScheduled(period);
        } catch (RunAlreadyRunning running) {
            log.info("The run of {} is already running ({}): the schedule leaves it", period, running.running());
        }
    }
}
