package energy.mwolo.billing.numbering;

import energy.mwolo.billing.kernel.DocumentNumber;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out document numbers. Invoices and credit notes: from table {@code document_counters}, one row per prefix
 * and year. One upsert takes {@code count}
 * numbers at once and keeps the row locked until the caller's transaction ends: concurrent callers queue on it and
 * get the next numbers, never the same ones; a caller that rolls back gives its numbers back, so no number is lost
 * to a failure and issued documents have no gaps. A billing run takes the numbers of a whole batch in one call, so
 * it holds the row for one batch's transaction, not for the run. Payments: from sequence {@code payment_numbers},
 * which never waits for another transaction and is gap-tolerant (a rolled-back payment loses its number), as
 * ARCHITECTURE.md section 3 asks of business numbers; receipts need no gapless series, and a locked row made every
 * payment, each mobile-money credit above all, queue behind the one before until it committed.
 */
@Component
public class DocumentNumbers {

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next {@code count} numbers of {@code prefix} in {@code year}, in order. Must run in a transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DocumentNumber> next(String prefix, int year, int count) {
        if (count < 1) {
            return List.of();
        }
        long last = jdbc.sql("""
                        insert into document_counters (prefix, year, last_value) values (:prefix, :year, :count)
                        on conflict (prefix, year) do update
                            set last_value = document_counters.last_value + excluded.last_value
                        returning last_value""")
                .param("prefix", prefix)
                .param("year", year)
                .param("count", count)
                .query(Long.class)
                .single();
        List<DocumentNumber> numbers = new ArrayList<>(count);
        for (long sequence = last - count + 1; sequence <= last; sequence++) {
            numbers.add(new DocumentNumber(prefix, year, sequence));
        }
        return numbers;
    }

    public DocumentNumber next(String prefix, int year) {
        return next(prefix, year, 1).get(0);
    }

    /** The next payment number, {@code PAY-<year>-<n>}; {@code n} goes on from year to year. */
    public DocumentNumber nextPayment(int year) {
        long sequence = jdbc.sql("select nextval('payment_numbers')").query(Long.class).single();
        return new DocumentNumber(DocumentNumber.PAYMENT, year, sequence);
    }
}
