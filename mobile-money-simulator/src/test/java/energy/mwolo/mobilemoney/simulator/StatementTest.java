package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {

    @Test
    void keepsThePaymentsOfTheKinshasaDayOldestFirstAndQuotesWhatNeedsIt() {
        // 23:30 UTC on 3 December is already 4 December in Kinshasa (UTC+1).
        Payment late = payment("B", "REF,\"2\"", Instant.parse("2026-12-03T23:30:00Z"), PaymentStatus.PENDING);
        Payment early = payment("A", "REF-1", Instant.parse("2026-12-03T23:10:00Z"), PaymentStatus.SUCCEEDED);
        Payment dayBefore = payment("C", "REF-3", Instant.parse("2026-12-03T22:59:00Z"), PaymentStatus.FAILED);

        String csv = Statement.csv(LocalDate.parse("2026-12-04"), List.of(late, dayBefore, early));

        assertThat(csv).isEqualTo("date,provider_transaction_id,reference,msisdn,amount,currency,status\r\n"
                + "2026-12-04,A,REF-1,243812345678,12.50,USD,SUCCEEDED\r\n"
                + "2026-12-04,B,\"REF,\"\"2\"\"\",243812345678,12.50,USD,PENDING\r\n");
    }

    @Test
    void anOrangePaymentNotYetPaidHasNoNumber() {
        Payment unpaid = new Payment("MP1", Provider.ORANGE, "ORD-1", null, BigDecimal.ONE, "CDF",
                PaymentStatus.EXPIRED, "EXPIRED", false, Instant.parse("2026-12-04T10:00:00Z"), null);

        assertThat(Statement.csv(LocalDate.parse("2026-12-04"), List.of(unpaid)))
                .endsWith("2026-12-04,MP1,ORD-1,,1,CDF,EXPIRED\r\n");
    }

    private static Payment payment(String id, String reference, Instant at, PaymentStatus status) {
        return new Payment(id, Provider.MPESA, reference, "243812345678", new BigDecimal("12.50"), "USD", status,
                null, false, at, null);
    }
}
