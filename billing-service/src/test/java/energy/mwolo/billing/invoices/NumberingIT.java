package energy.mwolo.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.kernel.DocumentNumber;
import energy.mwolo.billing.numbering.DocumentNumbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Numbers taken by concurrent transactions, some rolled back: no duplicate, and no gap among those kept. */
class NumberingIT extends AbstractApiIT {

    @Autowired
    private DocumentNumbers numbers;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void concurrentCallersGetDistinctConsecutiveNumbersAndARollbackGivesItsNumbersBack() throws Exception {
        String prefix = "T" + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26));
        List<Long> kept = Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int caller = 0; caller < 6; caller++) {
            int id = caller;
            done.add(callers.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    boolean rollBack = (i + id) % 4 == 0;
                    int count = 1 + i % 3;
                    transactions.executeWithoutResult(status -> {
                        List<DocumentNumber> taken = numbers.next(prefix, 2031, count);
                        if (rollBack) {
                            status.setRollbackOnly();
                        } else {
                            taken.forEach(number -> kept.add(number.sequence()));
                        }
                    });
                }
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        callers.shutdown();

        assertThat(kept).doesNotHaveDuplicates();
        assertThat(kept).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, kept.size()).boxed().toList());
    }
}
