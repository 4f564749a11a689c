package energy.mwolo.hr.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.Topics;
import energy.mwolo.hr.AbstractApiIT;
import energy.mwolo.hr.Bodies;
import energy.mwolo.hr.Tokens;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Payroll through the API, against payslips computed by hand (see PayslipCalculatorTest for the arithmetic). Each
 * test pays a month of its own, so that runs and rates of other tests never meet it.
 */
class PayrollApiIT extends AbstractApiIT {

    private static final AtomicInteger MONTHS = new AtomicInteger();

    private final YearMonth month = YearMonth.of(2031, 1).plusMonths(MONTHS.getAndIncrement());
    private final LocalDate payday = month.atEndOfMonth();

    @Test
    void aRunPaysDollarAndFrancSalariesAsComputedByHand() {
        UUID dollars = hire(salary("1200.00", "USD"));
        UUID francs = hire(salary("1500000.00", "CDF"));
        dependents(francs, 3);
        input(dollars, month, Map.of("currency", "USD", "allowances", List.of(line("Transport", "100.00"))));
        input(francs, month, Map.of("currency", "CDF", "allowances", List.of(line("Logement", "200000.00")),
                "overtime", "50000.00"));
        rate(payday, "2850");

        UUID run = draft(month, AGENCY);

        JsonNode usd = payslipOf(run, dollars);
        assertThat(usd.path("currency").asString()).isEqualTo("USD");
        assertThat(usd.path("gross").asString()).isEqualTo("1300.00");
        assertThat(usd.path("gross_cdf").asString()).isEqualTo("3705000.00");
        assertThat(usd.path("cnss_employee").asString()).isEqualTo("185250.00");
        assertThat(usd.path("ipr").asString()).isEqualTo("766485.00");
        assertThat(usd.path("net_cdf").asString()).isEqualTo("2753265.00");
        assertThat(usd.path("net_usd").asString()).isEqualTo("966.06");
        assertThat(usd.path("allowances").get(0).path("label").asString()).isEqualTo("Transport");
        JsonNode cdf = payslipOf(run, francs);
        assertThat(cdf.path("dependents").asInt()).isEqualTo(3);
        assertThat(cdf.path("ipr").asString()).isEqualTo("216138.90");
        assertThat(cdf.path("net_cdf").asString()).isEqualTo("1446361.10");
        assertThat(cdf.path("net_usd").asString()).isEqualTo("507.50");
    }

    @Test
    void aRunWithoutTheExchangeRateOfItsDateIsAConflictNamingTheDay() {
        Api.Reply reply = post("/api/hr/payroll-runs/", Map.of("month", month.toString(), "run_date",
                payday.toString()), Tokens.hr());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("hr.payroll.exchange_rate_missing");
        assertThat(reply.json().path("detail").asString()).contains(payday.toString());
    }

    @Test
    void aMonthBeforeAnyRuleIsInForceIsAConflictNamingTheMissingRule() {
        rate(LocalDate.of(2019, 12, 31), "2000");

        Api.Reply reply = post("/api/hr/payroll-runs/", Map.of("month", "2019-12", "agency", AGENCY.toString(),
                "run_date", "2019-12-31"), Tokens.hr());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("hr.payroll.rules_missing");
    }

    @Test
    void validatingTwiceIsRefusedAndAValidatedRunCannotBeRecomputed() {
        rate(payday, "2850");
        UUID run = draft(month, AGENCY);

        Api.Reply first = post("/api/hr/payroll-runs/" + run + "/validate/", Map.of(), Tokens.hr());
        Api.Reply second = post("/api/hr/payroll-runs/" + run + "/validate/", Map.of(), Tokens.hr());
        Api.Reply recompute = post("/api/hr/payroll-runs/" + run + "/recompute/", Map.of(), Tokens.hr());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("validated");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("hr.payroll.transition_refused");
        assertThat(recompute.status()).isEqualTo(409);
        Api.Reply paid = post("/api/hr/payroll-runs/" + run + "/pay/", Map.of(), Tokens.hr());
        assertThat(paid.json().path("status").asString()).isEqualTo("paid");
    }

    @Test
    void aDraftIsRecomputedWithTheInputsEnteredSince() {
        UUID employee = hire(salary("1000.00", "USD"));
        rate(payday, "2850");
        UUID run = draft(month, AGENCY);
        input(employee, month, Map.of("currency", "USD", "overtime", "50.00"));

        Api.Reply recomputed = post("/api/hr/payroll-runs/" + run + "/recompute/", Map.of(), Tokens.hr());

        assertThat(recomputed.status()).as(recomputed.toString()).isEqualTo(200);
        assertThat(payslipOf(run, employee).path("gross").asString()).isEqualTo("1050.00");
    }

    @Test
    void amountsWithThreeDecimalsAndInputsInTheWrongCurrencyAreRefused() {
        UUID employee = hire(salary("1000.00", "USD"));

        Api.Reply threeDecimals = putInput(employee, month, Map.of("currency", "USD", "allowances",
                List.of(line("Transport", "10.125"))));
        Api.Reply francs = putInput(employee, month, Map.of("currency", "CDF", "overtime", "1000.00"));
        Api.Reply badRate = post("/api/hr/exchange-rates/", Map.of("date", payday.toString(), "rate", "2850.12345"),
                Tokens.hr());
        Api.Reply badMonth = putInput(employee, "2031-13", Map.of("currency", "USD"));

        assertThat(threeDecimals.status()).isEqualTo(400);
        assertThat(threeDecimals.code()).isEqualTo("hr.payroll.amount_invalid");
        assertThat(threeDecimals.json().path("detail").asString()).contains("10.125");
        assertThat(francs.status()).isEqualTo(422);
        assertThat(francs.code()).isEqualTo("hr.payroll.input_currency");
        assertThat(badRate.status()).isEqualTo(400);
        assertThat(badRate.code()).isEqualTo("hr.payroll.exchange_rate_invalid");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.code()).isEqualTo("hr.payroll.month_invalid");
    }

    @Test
    void aSecondRateForADayIsAConflict() {
        rate(payday, "2850");

        Api.Reply again = post("/api/hr/exchange-rates/", Map.of("date", payday.toString(), "rate", "2851"),
                Tokens.hr());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("hr.payroll.exchange_rate_exists");
    }

    @Test
    void aValidatedMonthIsClosedToInputsAndCorrectionsGoIntoTheNextMonth() {
        UUID employee = hire(salary("1000.00", "USD"));
        rate(payday, "2850");
        UUID run = draft(month, AGENCY);
        post("/api/hr/payroll-runs/" + run + "/validate/", Map.of(), Tokens.hr());

        Api.Reply late = putInput(employee, month, Map.of("currency", "USD", "overtime", "10.00"));
        YearMonth next = month.plusMonths(1);
        putInputOk(employee, next, Map.of("currency", "USD", "adjustments",
                List.of(line("Heures de " + month + " oubliées", "10.00"))));
        rate(next.atEndOfMonth(), "2900");
        UUID nextRun = draft(next, AGENCY);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("hr.payroll.input_locked");
        JsonNode corrected = payslipOf(nextRun, employee);
        assertThat(corrected.path("gross").asString()).isEqualTo("1010.00");
        assertThat(corrected.path("adjustments").get(0).path("amount").asString()).isEqualTo("10.00");
        // the validated payslip did not move
        assertThat(payslipOf(run, employee).path("gross").asString()).isEqualTo("1000.00");
        MONTHS.incrementAndGet();
    }

    @Test
    void twoRunsOfAMonthCannotPayTheSamePeople() {
        rate(payday, "2850");
        draft(month, AGENCY);

        Api.Reply company = post("/api/hr/payroll-runs/", Map.of("month", month.toString(), "run_date",
                payday.toString()), Tokens.hr());
        Api.Reply agencyAgain = post("/api/hr/payroll-runs/", Map.of("month", month.toString(), "agency",
                AGENCY.toString(), "run_date", payday.toString()), Tokens.hr());

        assertThat(company.status()).isEqualTo(409);
        assertThat(company.code()).isEqualTo("hr.payroll.run_exists");
        assertThat(agencyAgain.status()).isEqualTo(409);
    }

    @Test
    void anEmployeeReadsOnlyItsOwnIssuedPayslipsAndTheirPdf() {
        UUID aimee = hire(salary("1200.00", "USD"));
        UUID other = hire(salary("900.00", "USD"));
        rate(payday, "2850");
        UUID run = draft(month, AGENCY);
        UUID own = UUID.fromString(payslipOf(run, aimee).path("id").asString());
        UUID theirs = UUID.fromString(payslipOf(run, other).path("id").asString());

        assertThat(api.get("/api/hr/payslips/" + own + "/").as(Tokens.employee(aimee)).send().status())
                .as("a draft is not a payslip yet").isEqualTo(404);
        post("/api/hr/payroll-runs/" + run + "/validate/", Map.of(), Tokens.hr());

        Api.Reply mine = api.get("/api/hr/payslips/").as(Tokens.employee(aimee)).send();
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().findValuesAsString("employee")).containsOnly(aimee.toString());
        assertThat(api.get("/api/hr/payslips/" + theirs + "/").as(Tokens.employee(aimee)).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/hr/payslips/" + theirs + "/pdf/").as(Tokens.employee(aimee)).send().status())
                .isEqualTo(404);
        assertThat(api.get("/api/hr/payslips/?employee=" + other).as(Tokens.employee(aimee)).send().json()
                .size()).isZero();
        assertThat(api.get("/api/hr/payroll-runs/" + run + "/payslips/").as(Tokens.employee(aimee)).send().json()
                .findValuesAsString("employee")).containsExactly(aimee.toString());
        Api.Reply pdf = api.get("/api/hr/payslips/" + own + "/pdf/").as(Tokens.employee(aimee)).send();
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(pdf.header("Content-Disposition")).contains("BP-" + month + "-EMP-");
    }

    @Test
    void anAccountantReadsRunTotalsButNoPayslip() {
        UUID employee = hire(salary("1200.00", "USD"));
        rate(payday, "2850");
        UUID run = draft(month, AGENCY);
        UUID payslip = UUID.fromString(payslipOf(run, employee).path("id").asString());

        Api.Reply totals = api.get("/api/hr/payroll-runs/" + run + "/").as(Tokens.accountant()).send();
        Api.Reply list = api.get("/api/hr/payroll-runs/?month=" + month).as(Tokens.accountant()).send();

        assertThat(totals.status()).as(totals.toString()).isEqualTo(200);
        assertThat(totals.json().path("totals").path("payslips").asInt()).isPositive();
        assertThat(totals.body()).doesNotContain(employee.toString());
        assertThat(list.json().path("count").asInt()).isEqualTo(1);
        assertThat(api.get("/api/hr/payroll-runs/" + run + "/payslips/").as(Tokens.accountant()).send().status())
                .isEqualTo(403);
        assertThat(api.get("/api/hr/payslips/" + payslip + "/").as(Tokens.accountant()).send().status())
                .isEqualTo(403);
        assertThat(api.get("/api/hr/payroll-runs/" + run + "/").as(Tokens.employee(employee)).send().status())
                .isEqualTo(403);
        assertThat(post("/api/hr/payroll-runs/" + run + "/validate/", Map.of(), Tokens.accountant()).status())
                .isEqualTo(403);
    }

    @Test
    void aNewTaxScaleFromADateIsADataChangeThatLaterMonthsFollow() {
        YearMonth reform = YearMonth.of(2090, 1);
        jdbc.sql("""
                insert into ipr_brackets (valid_from, lower_bound, upper_bound, rate) values
                ('2090-01-01', 0, 1944000, 0), ('2090-01-01', 1944000, 21600000, 0.15),
                ('2090-01-01', 21600000, null, 0.30)""").update();
        UUID employee = hire(salary("150000.00", "CDF"));
        rate(reform.atEndOfMonth(), "2850");
        rate(reform.minusMonths(1).atEndOfMonth(), "2850");

        JsonNode before = payslipOf(draft(reform.minusMonths(1), AGENCY), employee);
        JsonNode after = payslipOf(draft(reform, AGENCY), employee);

        // taxable 142,500 a month: 3 % = 4,275 under the old scale, nothing in the new 0 % band
        assertThat(before.path("ipr").asString()).isEqualTo("4275.00");
        assertThat(after.path("ipr").asString()).isEqualTo("0.00");
        assertThat(after.path("ipr_minimum_applied").asBoolean()).isFalse();
    }

    @Test
    void validationPublishesTheRunsTotalsAndOnePayslipIssuedPerPayslipWithoutAnyonesPay() {
        UUID employee = hire(salary("1234.56", "USD"));
        rate(payday, "2850");
        UUID run = draft(month, AGENCY);
        int payslips = api.get("/api/hr/payroll-runs/" + run + "/").as(Tokens.hr()).send().json().path("totals")
                .path("payslips").asInt();
        post("/api/hr/payroll-runs/" + run + "/validate/", Map.of(), Tokens.hr());

        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.HR_PAYROLL_EVENTS)) {
            List<ReceivedEvent> received = events.awaitAtLeast(1 + payslips, e -> run.toString().equals(e.key()),
                    Duration.ofSeconds(60));

            assertThat(received.get(0).header("ce_type")).isEqualTo("hr.PayrollValidated");
            assertThat(received.subList(1, received.size())).allSatisfy(e ->
                    assertThat(e.header("ce_type")).isEqualTo("hr.PayslipIssued"));
            assertThat(received).filteredOn(e -> e.value().contains(employee.toString())).hasSize(1);
            assertThat(received).allSatisfy(e -> assertThat(e.value()).doesNotContain("1234.56", "net_usd"));
        }
    }

    private Map<String, Object> salary(String amount, String currency) {
        Map<String, Object> body = Bodies.employee();
        body.put("salary", new LinkedHashMap<>(Map.of("amount", amount, "currency", currency)));
        return body;
    }

    private static Map<String, Object> line(String label, String amount) {
        return Map.of("label", label, "amount", amount);
    }

    private void rate(LocalDate day, String rate) {
        Api.Reply reply = post("/api/hr/exchange-rates/", Map.of("date", day.toString(), "rate", rate), Tokens.hr());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private void dependents(UUID employee, int count) {
        Api.Reply reply = api.put("/api/hr/payroll-profiles/" + employee + "/", Map.of("dependents", count))
                .as(Tokens.hr()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private void input(UUID employee, YearMonth month, Map<String, Object> body) {
        putInputOk(employee, month, body);
    }

    private void putInputOk(UUID employee, YearMonth month, Map<String, Object> body) {
        Api.Reply reply = putInput(employee, month, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private Api.Reply putInput(UUID employee, Object month, Map<String, Object> body) {
        return api.put("/api/hr/payroll-inputs/" + employee + "/" + month + "/", body).as(Tokens.hr()).send();
    }

    private UUID draft(YearMonth month, UUID agency) {
        Api.Reply reply = post("/api/hr/payroll-runs/", Map.of("month", month.toString(), "agency",
                agency.toString(), "run_date", month.atEndOfMonth().toString()), Tokens.hr());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().path("status").asString()).isEqualTo("draft");
        return UUID.fromString(reply.json().path("id").asString());
    }

    private JsonNode payslipOf(UUID run, UUID employee) {
        Api.Reply reply = api.get("/api/hr/payroll-runs/" + run + "/payslips/").as(Tokens.hr()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        for (JsonNode payslip : reply.json()) {
            if (payslip.path("employee").asString().equals(employee.toString())) {
                return payslip;
            }
        }
        throw new AssertionError("No payslip of " + employee + " in " + reply);
    }
}
