package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.mobilemoney.simulator.Calls.Answer;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A statement that disagrees with what the provider reported, for billing's reconciliation to catch. */
class StatementBooksIT extends SimulatorFixture {

    @Test
    void aPaymentBookedForAnotherAmountShowsItOnlyInTheStatement() {
        Payment paid = simulator.customerPays(Provider.MPESA, "CLI-1", "243812345678", new BigDecimal("7.25"), "USD");

        simulator.bookAmount(paid.id(), new BigDecimal("7.00"));

        assertThat(simulator.statement(Provider.MPESA, today()))
                .contains(paid.id() + ",CLI-1,243812345678,7.00,USD,SUCCEEDED").doesNotContain("7.25");
        assertThat(simulator.payment(paid.id()).orElseThrow().amount()).isEqualByComparingTo("7.25");
    }

    @Test
    void aPaymentLeftOutIsMissingFromTheStatementButStillAnswersStatusQueries() {
        Payment kept = simulator.customerPays(Provider.MPESA, "CLI-2", "243812345678", new BigDecimal("2.00"), "USD");
        Payment left = simulator.customerPays(Provider.MPESA, "CLI-3", "243812345678", new BigDecimal("3.00"), "USD");

        simulator.leaveOutOfStatement(left.id());

        assertThat(simulator.statement(Provider.MPESA, today())).contains(kept.id()).doesNotContain(left.id());
        assertThat(simulator.payment(left.id())).isPresent();
    }

    @Test
    void theControlApiBooksAnAmountOrLeavesAPaymentOutAndRefusesNonsense() {
        Payment booked = simulator.customerPays(Provider.AGGREGATOR, "CLI-4", "243901234567", new BigDecimal("5.00"),
                "USD");
        Payment left = simulator.customerPays(Provider.AGGREGATOR, "CLI-5", "243901234567", new BigDecimal("6.00"),
                "USD");
        String payments = simulator.baseUrl() + "/control/payments/";

        Answer amount = Calls.put(payments + booked.id() + "/statement", "{\"amount\": \"4.50\"}");
        Answer leftOut = Calls.put(payments + left.id() + "/statement", "{\"left_out\": true}");

        assertThat(amount.status()).isEqualTo(200);
        assertThat(leftOut.status()).isEqualTo(200);
        String csv = Calls.get(simulator.baseUrl() + "/control/statements/aggregator?date=" + today()).body();
        assertThat(csv).contains(booked.id() + ",CLI-4,243901234567,4.50,USD,SUCCEEDED").doesNotContain(left.id());
        assertThat(Calls.put(payments + "nope/statement", "{\"amount\": \"1\"}").status()).isEqualTo(404);
        assertThat(Calls.put(payments + booked.id() + "/statement", "{\"amount\": \"-1\"}").status()).isEqualTo(400);
        assertThat(Calls.put(payments + booked.id() + "/statement", "{}").status()).isEqualTo(400);
        assertThatThrownBy(() -> simulator.bookAmount(booked.id(), new BigDecimal("1.001")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResetForgetsTheBooks() {
        Payment paid = simulator.customerPays(Provider.MPESA, "CLI-6", "243812345678", new BigDecimal("1.00"), "USD");
        simulator.leaveOutOfStatement(paid.id());

        simulator.reset();
        Payment again = simulator.customerPays(Provider.MPESA, "CLI-6", "243812345678", new BigDecimal("1.00"), "USD");

        assertThat(simulator.statement(Provider.MPESA, today())).contains(again.id());
    }

    private static LocalDate today() {
        return LocalDate.now(Statement.KINSHASA);
    }
}
