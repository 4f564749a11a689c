package energy.mwolo.billing.rates;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.Tokens;
import energy.mwolo.platformtest.Api;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Accountants enter one USD/CDF rate a day; the rate of a day is the day's, else the last of the 3 days before. */
class ExchangeRateApiIT extends AbstractApiIT {

    /** Each test takes days of its own, far apart, so the shared database does not mix them. */
    private static LocalDate freshMonday(int weeksAhead) {
        return LocalDate.of(2031, 1, 6).plusWeeks(weeksAhead);
    }

    private Api.Reply enter(LocalDate day, Object rate) {
        return api.post("/api/billing/exchange-rates/", Map.of("date", day.toString(), "rate", rate))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();
    }

    @Test
    void anAccountantEntersTheDaysRateWithFourDecimalsAndReadsItBackAsAString() {
        LocalDate day = freshMonday(1);

        Api.Reply created = enter(day, "2750.1234");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply read = api.get("/api/billing/exchange-rates/" + day + "/").as(Tokens.salesAgent()).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("rate").asString()).isEqualTo("2750.1234");
        assertThat(read.json().path("base").asString()).isEqualTo("USD");
        assertThat(read.json().path("quote").asString()).isEqualTo("CDF");
    }

    @Test
    void aFridayRateHoldsUntilMondayButNotForAFourthDay() {
        LocalDate monday = freshMonday(3);
        LocalDate friday = monday.minusDays(3);
        assertThat(enter(friday, "2801.5").status()).isEqualTo(201);

        Api.Reply onMonday = api.get("/api/billing/exchange-rates/" + monday + "/").as(Tokens.accountant()).send();
        Api.Reply onTuesday = api.get("/api/billing/exchange-rates/" + monday.plusDays(1) + "/")
                .as(Tokens.accountant()).header("Accept-Language", "en").send();

        assertThat(onMonday.json().path("date").asString()).isEqualTo(friday.toString());
        assertThat(onMonday.json().path("rate").asString()).isEqualTo("2801.5000");
        assertThat(onTuesday.status()).isEqualTo(409);
        assertThat(onTuesday.code()).isEqualTo("billing.exchange_rate.missing");
        assertThat(onTuesday.json().path("detail").asString()).contains("No USD/CDF exchange rate");
    }

    @Test
    void aRateWithTenDecimalsIsABadRequestNamingTheField() {
        Api.Reply reply = enter(freshMonday(5), "2750.1234567891");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("billing.exchange_rate.too_precise");
        assertThat(reply.fieldsInError()).containsExactly("rate");
    }

    @Test
    void zeroNegativeOrTextRatesAreRefused() {
        for (Object rate : new Object[] {"0", "-2750", "beaucoup"}) {
            Api.Reply reply = enter(freshMonday(7), rate);
            assertThat(reply.status()).as(rate + " " + reply).isEqualTo(400);
            assertThat(reply.fieldsInError()).as(rate.toString()).containsExactly("rate");
        }
    }

    @Test
    void aSecondRateForTheSameDayIsAConflict() {
        LocalDate day = freshMonday(9);
        assertThat(enter(day, "2700").status()).isEqualTo(201);

        Api.Reply second = enter(day, "2710");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("billing.exchange_rate.exists");
    }

    @Test
    void enteringARateTakesAnIdempotencyKeyAndStaffOnly() {
        Api.Reply withoutKey = api.post("/api/billing/exchange-rates/",
                Map.of("date", freshMonday(11).toString(), "rate", "2700")).as(Tokens.accountant()).send();
        Api.Reply bySalesAgent = api.post("/api/billing/exchange-rates/",
                Map.of("date", freshMonday(11).toString(), "rate", "2700")).as(Tokens.salesAgent())
                .header("Idempotency-Key", key()).send();

        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.code()).isEqualTo("idempotency.key_required");
        assertThat(bySalesAgent.status()).isEqualTo(403);
    }
}
