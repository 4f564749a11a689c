package energy.mwolo.billing.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingPeriodTest {

    @Test
    void aPeriodIsAMonthWrittenYearDashMonth() {
        BillingPeriod february = BillingPeriod.parse("2028-02", "period");

        assertThat(february.firstDay()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(february.lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(february.days()).isEqualTo(29);
        assertThat(february.toString()).isEqualTo("2028-02");
    }

    @Test
    void anythingElseIsABadRequestNamingTheField() {
        for (String text : new String[] {"2026-13", "2026-3", "03-2026", "2026-03-01", "mars", "1999-12", ""}) {
            assertThatThrownBy(() -> BillingPeriod.parse(text, "period")).as(text)
                    .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("period"));
        }
    }
}
