package energy.mwolo.operations.readings.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a monthly partition of {@code readings} ready before its first reading: at startup for the months back to
 * {@code mwolo.readings.partitions.months-back} (late readings and a first start on an old database) and ahead to
 * {@code months-ahead}, then daily for the months ahead. A reading no partition covers lands in the default
 * partition: a month's partition must exist before such a reading does, which is why they are made ahead. Months
 * are UTC (partition bounds are instants); billing periods are cut in Africa/Kinshasa at query time.
 */
@Component
class ReadingPartitions implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReadingPartitions.class);

    private final JdbcClient jdbc;
    private final int monthsBack;
    private final int monthsAhead;

    ReadingPartitions(JdbcClient jdbc, @Value("${mwolo.readings.partitions.months-back:13}") int monthsBack,
                      @Value("${mwolo.readings.partitions.months-ahead:2}") int monthsAhead) {
        this.jdbc = jdbc;
        this.monthsBack = monthsBack;
        this.monthsAhead = monthsAhead;
    }

    @Override
    public void afterPropertiesSet() {
        create(-monthsBack, monthsAhead);
    }

    @Scheduled(cron = "${mwolo.readings.partitions.cron:0 5 1 * * *}", zone = "Africa/Kinshasa")
    void createAhead() {
        create(0, monthsAhead);
    }

    private void create(int from, int to) {
        LocalDate thisMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        for (int offset = from; offset <= to; offset++) {
            jdbc.sql("select create_readings_partition(?)").param(thisMonth.plusMonths(offset)).query().listOfRows();
        }
        log.debug("readings partitions ready from {} to {}", thisMonth.plusMonths(from), thisMonth.plusMonths(to));
    }
}
