package energy.mwolo.operations.disconnections.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountStandingTest {

    private static final Instant OVERDUE_AT = Instant.parse("2026-12-07T08:00:00Z");
    private static final Instant SETTLED_AT = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void the_first_report_of_an_account_applies() {
        assertThat(AccountStanding.unknown().accepts(OVERDUE_AT)).isTrue();
    }

    @Test
    void an_overdue_report_older_than_the_settlement_applied_changes_nothing() {
        AccountStanding settled = new AccountStanding(false, SETTLED_AT);

        assertThat(settled.accepts(OVERDUE_AT)).isFalse();
    }

    @Test
    void the_same_report_delivered_twice_applies_once() {
        AccountStanding overdue = new AccountStanding(true, OVERDUE_AT);

        assertThat(overdue.accepts(OVERDUE_AT)).isFalse();
    }

    @Test
    void a_new_overdue_report_after_a_settlement_applies() {
        AccountStanding settled = new AccountStanding(false, SETTLED_AT);

        assertThat(settled.accepts(SETTLED_AT.plusSeconds(86_400))).isTrue();
    }
}
