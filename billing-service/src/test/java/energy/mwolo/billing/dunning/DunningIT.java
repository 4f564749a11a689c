package energy.mwolo.billing.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.AbstractApiIT;
import energy.mwolo.billing.TestMailAndSms;
import energy.mwolo.billing.Tokens;
import energy.mwolo.embedded.notifications.CaughtMail;
import energy.mwolo.embedded.notifications.SentSms;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Passes through HTTP over invoices whose due date was moved into the past: mails caught by the SMTP server, SMS by
 * the gateway simulator, the reminders' rows, and AccountOverdue / AccountSettled on {@code billing.account.events}.
 */
class DunningIT extends AbstractApiIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Africa/Kinshasa"));

    private record Customer(UUID client, UUID contract, String email, String phone) {
    }

    private Customer customer(String language) {
        UUID client = UUID.randomUUID();
        String email = "client-" + client.toString().substring(0, 8) + "@example.cd";
        String phone = "+24381" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        jdbc.sql("""
                        insert into crm_clients (id, number, name, preferred_language, email, phone, status, changed_at)
                        values (?, ?, 'Mama Nsimba', ?, ?, ?, 'active', now())""")
                .params(client, "CL-2026-" + client.toString().substring(0, 6), language, email, phone).update();
        UUID contract = contract(client, "monthly_flat_fee", "15000", null, null, "CDF", LocalDate.of(2025, 1, 1),
                null);
        return new Customer(client, contract, email, phone);
    }

    /** An issued invoice of 17,400.00 CDF, its due date moved to {@code due}. */
    private JsonNode invoiceDue(Customer customer, LocalDate due) {
        String id = api.post("/api/billing/invoices/", Map.of("contract", customer.contract().toString(),
                        "period", "2026-03"))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send().json().path("id").asString();
        JsonNode issued = api.post("/api/billing/invoices/" + id + "/issue/", null).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send().json();
        jdbc.sql("update invoices set issue_date = ?, due_date = ? where id = ?")
                .params(Date.valueOf(due.minusDays(15)), Date.valueOf(due), UUID.fromString(id)).update();
        return issued;
    }

    private Api.Reply pass() {
        return api.post("/api/billing/dunning/passes/", null).as(Tokens.accountant())
                .header("Idempotency-Key", key()).send();
    }

    private JsonNode reminders(String invoiceId) {
        return api.get("/api/billing/invoices/" + invoiceId + "/reminders/").as(Tokens.accountant()).send().json();
    }

    private JsonNode reminder(String invoiceId, String step, String channel) {
        return reminders(invoiceId).valueStream().filter(r -> r.path("step").asString().equals(step)
                && r.path("channel").asString().equals(channel)).findFirst().orElseThrow();
    }

    private static List<String> rows(JsonNode reminders) {
        return reminders.valueStream().map(r -> r.path("step").asString() + " " + r.path("channel").asString() + " "
                + r.path("status").asString()).sorted().toList();
    }

    @Test
    void threeDaysBeforeTheDueDateTheClientGetsOneMailAndOneSmsInItsLanguageQuotingTheBalance() {
        Customer customer = customer("en");
        JsonNode invoice = invoiceDue(customer, TODAY.plusDays(3));
        String number = invoice.path("number").asString();

        Api.Reply first = pass();
        pass();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("sent").asInt()).isGreaterThanOrEqualTo(2);
        List<CaughtMail> mails = TestMailAndSms.mail().messagesTo(customer.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).isEqualTo("Reminder: your invoice " + number + " is due on "
                + String.format("%02d/%02d/%d", TODAY.plusDays(3).getDayOfMonth(), TODAY.plusDays(3).getMonthValue(),
                TODAY.plusDays(3).getYear()));
        assertThat(mails.get(0).text()).contains("Dear Mama Nsimba").contains("17400.00 CDF");
        List<SentSms> sms = TestMailAndSms.sms().sentTo(customer.phone());
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).text()).contains(number).contains("17400.00 CDF");
        assertThat(rows(reminders(invoice.path("id").asString())))
                .containsExactly("j-3 email sent", "j-3 sms sent");
    }

    @Test
    void afterDowntimeOnlyTheFinalStepIsSentAndTheContractIsReportedOnceThenSettledByACreditNote() {
        Customer customer = customer("ln");
        JsonNode invoice = invoiceDue(customer, TODAY.minusDays(20));
        String id = invoice.path("id").asString();

        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> pass().status();
            assertThat(twoInstances.invokeAll(List.of(run, run))).allSatisfy(f -> assertThat(f.get()).isEqualTo(200));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            twoInstances.shutdown();
        }
        pass();

        assertThat(api.get("/api/billing/invoices/" + id + "/").as(Tokens.accountant()).send().json()
                .path("status").asString()).isEqualTo("overdue");
        assertThat(rows(reminders(id))).containsExactly("j+14 email sent", "j+14 sms sent", "j+3 email skipped",
                "j+3 sms skipped", "j+7 email skipped", "j+7 sms skipped", "j-3 email skipped", "j-3 sms skipped");
        List<CaughtMail> mails = TestMailAndSms.mail().messagesTo(customer.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).startsWith("Dernier avis avant coupure");
        assertThat(TestMailAndSms.sms().sentTo(customer.phone())).hasSize(1);

        String contract = customer.contract().toString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.account.events")) {
            ReceivedEvent overdue = events.awaitAtLeast(1, e -> contract.equals(e.key())
                    && "billing.AccountOverdue".equals(e.header("ce_type")), Duration.ofSeconds(30)).get(0);
            JsonNode payload = json(overdue.value());
            assertThat(payload.path("dunning_step").asString()).isEqualTo("j+14");
            assertThat(payload.path("days_overdue").asInt()).isEqualTo(20);
            assertThat(payload.path("oldest_invoice_number").asString()).isEqualTo(invoice.path("number").asString());
            assertThat(payload.path("balances").get(0).path("currency").asString()).isEqualTo("CDF");
            assertThat(payload.path("balances").get(0).path("amount").asString()).isEqualTo("17400.00");

            Api.Reply credit = api.post("/api/billing/invoices/" + id + "/cancel/", Map.of("reason", "Geste"))
                    .as(Tokens.accountant()).header("Idempotency-Key", key()).send();
            assertThat(credit.status()).isEqualTo(201);
            pass();

            ReceivedEvent settled = events.awaitAtLeast(1, e -> contract.equals(e.key())
                    && "billing.AccountSettled".equals(e.header("ce_type")), Duration.ofSeconds(30)).get(0);
            assertThat(json(settled.value()).path("client_id").asString()).isEqualTo(customer.client().toString());
            assertThat(json(settled.value()).path("payment_id").isNull()
                    || json(settled.value()).path("payment_id").isMissingNode()).isTrue();
            List<ReceivedEvent> all = events.readAll(Duration.ofSeconds(2));
            assertThat(all).filteredOn(e -> contract.equals(e.key())).extracting(e -> e.header("ce_type"))
                    .containsExactly("billing.AccountOverdue", "billing.AccountSettled");
        }
    }

    @Test
    void aContractSettledByACashPaymentNamesThatPaymentInAccountSettledAndInvoicePaid() {
        Customer customer = customer("fr");
        JsonNode invoice = invoiceDue(customer, TODAY.minusDays(20));
        String id = invoice.path("id").asString();
        assertThat(pass().status()).isEqualTo(200);
        String contract = customer.contract().toString();

        Api.Reply payment = api.post("/api/billing/payments/", Map.of("client", customer.client().toString(),
                        "amount", "17400.00", "currency", "CDF", "method", "cash", "received_on", TODAY.toString()))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).send();

        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        String paymentId = payment.json().path("id").asString();
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.account.events")) {
            ReceivedEvent settled = events.awaitAtLeast(1, e -> contract.equals(e.key())
                    && "billing.AccountSettled".equals(e.header("ce_type")), Duration.ofSeconds(30)).get(0);
            assertThat(json(settled.value()).path("payment_id").asString()).isEqualTo(paymentId);
        }
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.invoice.events")) {
            ReceivedEvent paid = events.awaitAtLeast(1, e -> id.equals(e.key())
                    && "billing.InvoicePaid".equals(e.header("ce_type")), Duration.ofSeconds(30)).get(0);
            assertThat(json(paid.value()).path("last_payment_id").asString()).isEqualTo(paymentId);
        }
    }

    @Test
    void aProtectedSiteGetsItsRemindersButIsNeverReported() {
        Customer customer = customer("fr");
        jdbc.sql("update crm_contracts set site_protected = true where id = ?").param(customer.contract()).update();
        invoiceDue(customer, TODAY.minusDays(14));

        Api.Reply reply = pass();

        assertThat(reply.json().path("protected_sites").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(TestMailAndSms.mail().messagesTo(customer.email())).hasSize(1);
        assertThat(jdbc.sql("select status from account_standings where contract_id = ?")
                .param(customer.contract()).query(String.class).single()).isEqualTo("protected");
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), "billing.account.events")) {
            assertThat(events.readAll(Duration.ofSeconds(3)))
                    .noneMatch(e -> customer.contract().toString().equals(e.key()));
        }
    }

    @Test
    void aMailNotSentWhileTheServerIsDownIsSentOnceItIsBack() throws InterruptedException {
        Customer customer = customer("fr");
        String id = invoiceDue(customer, TODAY.minusDays(3)).path("id").asString();
        TestMailAndSms.stopMail();
        try {
            Api.Reply whileDown = pass();
            assertThat(whileDown.json().path("retrying").asInt()).isGreaterThanOrEqualTo(1);
            JsonNode mail = reminder(id, "j+3", "email");
            assertThat(mail.path("status").asString()).isEqualTo("pending");
            assertThat(mail.path("attempts").asInt()).isEqualTo(1);
            assertThat(mail.path("note").asString()).contains("mail not sent");
        } finally {
            TestMailAndSms.startMail();
        }
        Thread.sleep(1_100);

        pass();

        assertThat(TestMailAndSms.mail().messagesTo(customer.email())).hasSize(1)
                .allSatisfy(m -> assertThat(m.subject()).startsWith("Relance : votre facture"));
        JsonNode mail = reminder(id, "j+3", "email");
        assertThat(mail.path("status").asString()).isEqualTo("sent");
        assertThat(mail.path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void aReminderWhoseSenderDiedBeforeRecordingItIsSentAgainAfterItsLeaseAndTheGatewayKeepsTheSmsOnce() {
        Customer customer = customer("fr");
        String id = invoiceDue(customer, TODAY.plusDays(3)).path("id").asString();
        pass();
        // As a sender that delivered the SMS and died before recording it leaves the row: claimed, lease over.
        jdbc.sql("""
                        update dunning_reminders set status = 'sending', sent_at = null,
                            claimed_until = now() - interval '1 second'
                        where invoice_id = ? and channel = 'sms'""")
                .param(UUID.fromString(id)).update();

        pass();

        JsonNode sms = reminder(id, "j-3", "sms");
        assertThat(sms.path("status").asString()).isEqualTo("sent");
        assertThat(sms.path("attempts").asInt()).isEqualTo(2);
        assertThat(TestMailAndSms.sms().sentTo(customer.phone())).hasSize(1);
        assertThat(TestMailAndSms.mail().messagesTo(customer.email())).hasSize(1);
    }

    @Test
    void anSmsRefusedAgainAndAgainIsMarkedFailedAfterItsLastAttempt() throws InterruptedException {
        Customer customer = customer("fr");
        String id = invoiceDue(customer, TODAY.minusDays(7)).path("id").asString();
        TestMailAndSms.sms().failNext(1_000);
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                pass();
                Thread.sleep(1_100);
            }
        } finally {
            TestMailAndSms.sms().failNext(0);
        }
        pass();

        JsonNode sms = reminder(id, "j+7", "sms");
        assertThat(sms.path("status").asString()).isEqualTo("failed");
        assertThat(sms.path("attempts").asInt()).isEqualTo(3);
        assertThat(sms.path("note").asString()).contains("503");
        assertThat(TestMailAndSms.sms().sentTo(customer.phone())).isEmpty();
    }

    @Test
    void accountantsReplaceTheScheduleSalesAgentsReadRemindersAndClientsNeither() {
        Customer customer = customer("fr");
        String id = invoiceDue(customer, TODAY.plusDays(10)).path("id").asString();

        assertThat(api.get("/api/billing/invoices/" + id + "/reminders/").as(Tokens.salesAgent()).send().status())
                .isEqualTo(200);
        assertThat(api.get("/api/billing/dunning/reminders/?invoice=" + id).as(Tokens.salesAgent()).send().status())
                .isEqualTo(200);
        assertThat(api.get("/api/billing/invoices/" + id + "/reminders/").as(Tokens.clientOf(customer.client()))
                .send().status()).isEqualTo(403);
        assertThat(api.get("/api/billing/invoices/" + UUID.randomUUID() + "/reminders/").as(Tokens.accountant())
                .send().code()).isEqualTo("billing.invoice.not_found");
        assertThat(api.post("/api/billing/dunning/passes/", null).as(Tokens.salesAgent())
                .header("Idempotency-Key", key()).send().status()).isEqualTo(403);
        assertThat(api.get("/api/billing/dunning/steps/").as(Tokens.salesAgent()).send().status()).isEqualTo(403);

        JsonNode seeded = api.get("/api/billing/dunning/steps/").as(Tokens.accountant()).send().json();
        assertThat(seeded.path("steps").valueStream().map(s -> s.path("code").asString()).toList())
                .containsExactly("j-3", "j+3", "j+7", "j+14");
        assertThat(seeded.path("steps").get(3).path("final").asBoolean()).isTrue();

        Api.Reply twoFinals = api.put("/api/billing/dunning/steps/", Map.of("steps", List.of(
                        Map.of("code", "j+3", "offset_days", 3, "final", true),
                        Map.of("code", "j+9", "offset_days", 9, "final", true))))
                .as(Tokens.accountant()).header("Idempotency-Key", key()).header("Accept-Language", "en").send();
        assertThat(twoFinals.status()).isEqualTo(400);
        assertThat(twoFinals.code()).isEqualTo("billing.dunning.final_step");
        assertThat(twoFinals.json().path("detail").asString()).contains("Exactly one step is final");

        Api.Reply replaced = api.put("/api/billing/dunning/steps/", Map.of("steps", List.of(
                        Map.of("code", "j-3", "offset_days", -3, "final", false),
                        Map.of("code", "j+3", "offset_days", 3, "final", false),
                        Map.of("code", "j+7", "offset_days", 7, "final", false),
                        Map.of("code", "j+14", "offset_days", 14, "final", true))))
                .as(Tokens.admin()).header("Idempotency-Key", key()).send();
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("steps")).hasSize(4);
    }
}
