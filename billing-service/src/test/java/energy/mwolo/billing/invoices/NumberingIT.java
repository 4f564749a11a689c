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
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invoice numbers taken by concurrent transactions, some rolled back: no duplicate, and no gap among those kept.
 * Payment numbers: no duplicate, and none waits for another payment's transaction.
 */
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

    @Test
    void aPaymentNumberIsTakenWhileAnotherPaymentsTransactionIsStillOpenAndARollbackLosesItsNumber() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<DocumentNumber> inOpenTransaction = new ArrayList<>();
            DocumentNumber[] meanwhile = new DocumentNumber[1];
            transactions.executeWithoutResult(status -> {
                inOpenTransaction.add(numbers.nextPayment(2031));
                try {
                    // Another payment's transaction, started and committed while this one still holds its number.
                    meanwhile[0] = other.submit(() -> transactions.execute(inner -> numbers.nextPayment(2031)))
                            .get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("The second payment number waited for the first transaction", e);
                }
                status.setRollbackOnly();
            });
            DocumentNumber after = transactions.execute(status -> numbers.nextPayment(2031));

            assertThat(inOpenTransaction.get(0).toString()).matches("PAY-2031-\\d{6,}");
            // Other tests' payments may take numbers in between: later numbers are greater, none comes back.
            assertThat(meanwhile[0].sequence()).isGreaterThan(inOpenTransaction.get(0).sequence());
            assertThat(after.sequence()).as("the rolled-back number is not handed out again")
                    .isGreaterThan(meanwhile[0].sequence());
        } finally {
            other.shutdown();
        }
    }
}
