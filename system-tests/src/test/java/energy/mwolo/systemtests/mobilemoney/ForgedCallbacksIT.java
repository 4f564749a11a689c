package energy.mwolo.systemtests.mobilemoney;

import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.PROVIDERS;
import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.count;
import static energy.mwolo.systemtests.mobilemoney.MobileMoneyPlatform.strings;
import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.mobilemoney.simulator.DevCredentials;
import energy.mwolo.mobilemoney.simulator.Provider;
import energy.mwolo.mobilemoney.simulator.Scenario;
import energy.mwolo.mobilemoney.simulator.Scenario.Result;
import energy.mwolo.mobilemoney.simulator.SentCallback;
import energy.mwolo.platformtest.Api;
import energy.mwolo.systemtests.RunningPlatform;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A thousand forged or replayed callbacks sent straight to billing, over every kind an attacker or a confused provider
 * may send: each is stored, answered as its provider expects (so that a real provider would not retry it forever),
 * never with a 5xx, and none credits anything or changes a request.
 */
class ForgedCallbacksIT {

    private static final int FORGED = 1_000;
    private static final int TARGETS = 5;
    private static final int SENDERS = 8;

    @RegisterExtension
    static final RunningPlatform PLATFORM = MobileMoneyPlatform.platform();

    /** Each kind, and the verdict billing must record for it. */
    enum Kind {
        AIRTEL_WRONG_HASH("unauthenticated"),
        AGGREGATOR_WRONG_SIGNATURE("unauthenticated"),
        AGGREGATOR_OLD_TIMESTAMP("stale"),
        AGGREGATOR_AMOUNT_CHANGED("held_mismatch"),
        ORANGE_WRONG_TOKEN("unknown_request"),
        MPESA_UNKNOWN_REFERENCE("unknown_request"),
        MPESA_SUCCESS_OF_A_FAILED_PAYMENT("unconfirmed"),
        MPESA_SUCCESS_THE_CUSTOMER_NEVER_CONFIRMED("unconfirmed"),
        AGGREGATOR_REPLAYED("replayed");

        final String verdict;

        Kind(String verdict) {
            this.verdict = verdict;
        }
    }

    @Test
    void aThousandForgedOrReplayedCallbacksAreStoredAnsweredAndCreditNothing() throws Exception {
        MobileMoneyPlatform.callBillingBack(PLATFORM);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String token = MobileMoneyPlatform.accountant(PLATFORM);
        Api billing = new Api(PLATFORM.url(ServiceCatalogue.BILLING));
        List<UUID> clients = MobileMoneyPlatform.clients("forged-" + run, TARGETS);
        Map<Kind, List<String>> targets = new EnumMap<>(Kind.class);
        List<String> pendingAirtel = requests(billing, token, clients, Provider.AIRTEL,
                Scenario.of(Result.AWAIT_CONFIRMATION));
        List<String> pendingAggregator = requests(billing, token, clients, Provider.AGGREGATOR,
                Scenario.of(Result.AWAIT_CONFIRMATION));
        List<String> failedMpesa = requests(billing, token, clients, Provider.MPESA, Scenario.failure(null));
        List<String> pendingMpesa = requests(billing, token, clients, Provider.MPESA,
                Scenario.of(Result.AWAIT_CONFIRMATION));
        // Paid a second after the request, so that billing has saved it when the callback comes.
        List<String> paidAggregator = requests(billing, token, clients, Provider.AGGREGATOR,
                Scenario.success(Duration.ofSeconds(1)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                count("select count(*) from mobile_money_requests where reference = any(?) and status = 'failed'",
                        failedMpesa) == TARGETS
                        && count("select count(*) from mobile_money_requests where reference = any(?)"
                        + " and status = 'succeeded'", paidAggregator) == TARGETS);
        targets.put(Kind.AIRTEL_WRONG_HASH, pendingAirtel);
        targets.put(Kind.AGGREGATOR_WRONG_SIGNATURE, pendingAggregator);
        targets.put(Kind.AGGREGATOR_OLD_TIMESTAMP, pendingAggregator);
        targets.put(Kind.AGGREGATOR_AMOUNT_CHANGED, pendingAggregator);
        targets.put(Kind.ORANGE_WRONG_TOKEN, pendingAggregator);
        targets.put(Kind.MPESA_UNKNOWN_REFERENCE, pendingMpesa);
        targets.put(Kind.MPESA_SUCCESS_OF_A_FAILED_PAYMENT, failedMpesa);
        targets.put(Kind.MPESA_SUCCESS_THE_CUSTOMER_NEVER_CONFIRMED, pendingMpesa);
        targets.put(Kind.AGGREGATOR_REPLAYED, paidAggregator);
        Map<String, Long> genuine = new ConcurrentHashMap<>();
        for (String reference : paidAggregator) {
            genuine.put(reference, PROVIDERS.callbacks(reference).get(0).id());
        }
        long storedBefore = count("select count(*) from mobile_money_callbacks");
        long lastBefore = count("select coalesce(max(id), 0) from mobile_money_callbacks");
        long creditsBefore = count("select count(*) from mobile_money_credits");

        long started = System.nanoTime();
        List<Answer> answers = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<List<Answer>>> sending = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            sending.add(senders.submit(() -> {
                List<Answer> mine = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < FORGED; i = next.getAndIncrement()) {
                    Kind kind = Kind.values()[i % Kind.values().length];
                    List<String> references = targets.get(kind);
                    String reference = references.get(i % references.size());
                    String marker = "FORGED-" + run + "-" + kind + "-" + i;
                    mine.add(kind == Kind.AGGREGATOR_REPLAYED ? replay(genuine.get(reference))
                            : forge(billing, kind, reference, marker));
                }
                return mine;
            }));
        }
        for (Future<List<Answer>> sender : sending) {
            answers.addAll(sender.get(3, TimeUnit.MINUTES));
        }
        senders.shutdown();
        long sent = System.nanoTime();

        assertThat(answers).hasSize(FORGED);
        assertThat(answers).extracting(Answer::status).containsOnly(200);
        assertThat(answers).filteredOn(answer -> answer.provider() == Provider.MPESA).extracting(Answer::body)
                .allSatisfy(body -> assertThat(body).contains("\"output_ResponseCode\":\"0\""));
        assertThat(answers).filteredOn(answer -> answer.provider() != Provider.MPESA).extracting(Answer::body)
                .allSatisfy(body -> assertThat(body).isEqualTo("{\"status\":\"received\"}"));
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
                count("select count(*) from mobile_money_callbacks where verdict is null") == 0);
        long judged = System.nanoTime();
        assertThat(count("select count(*) from mobile_money_callbacks") - storedBefore).as("stored")
                .isEqualTo(FORGED);
        for (Kind kind : Kind.values()) {
            List<String> verdicts = kind == Kind.AGGREGATOR_REPLAYED
                    ? strings("select verdict from mobile_money_callbacks where webhook_id = any(?) and id > ?"
                    + " and verdict <> 'credited'", webhookIds(paidAggregator), lastBefore)
                    : strings("select verdict from mobile_money_callbacks where body like ?",
                    "%FORGED-" + run + "-" + kind + "-%");
            if (kind == Kind.AGGREGATOR_REPLAYED) {
                // A replay of a callback judged before its request was saved (unknown_request; the status query
                // credited the payment) is judged afresh once: already credited.
                assertThat(verdicts).as("verdicts of %s", kind).isNotEmpty()
                        .isSubsetOf(kind.verdict, "already_credited").contains(kind.verdict);
            } else {
                assertThat(verdicts).as("verdicts of %s", kind).isNotEmpty().containsOnly(kind.verdict);
            }
        }
        assertThat(count("select count(*) from mobile_money_credits")).as("credits").isEqualTo(creditsBefore);
        assertThat(strings("select status from mobile_money_requests where reference = any(?)", pendingAirtel))
                .containsOnly("pending");
        assertThat(strings("select status from mobile_money_requests where reference = any(?)", pendingAggregator))
                .containsOnly("pending");
        assertThat(strings("select status from mobile_money_requests where reference = any(?)", pendingMpesa))
                .containsOnly("pending");
        assertThat(strings("select status from mobile_money_requests where reference = any(?)", failedMpesa))
                .containsOnly("failed");
        assertThat(count("""
                select count(*) from mobile_money_credits c join mobile_money_requests r on r.id = c.request_id
                where r.reference = any(?)""", paidAggregator)).isEqualTo(TARGETS);
        System.out.printf("MOBILE-MONEY forged: %d callbacks (%d kinds) answered in %d ms, all judged %d ms later;"
                        + " verdicts %s%n", FORGED, Kind.values().length,
                TimeUnit.NANOSECONDS.toMillis(sent - started), TimeUnit.NANOSECONDS.toMillis(judged - sent),
                strings("select verdict || ' ' || count(*) from mobile_money_callbacks where id > ?"
                        + " group by verdict order by verdict", lastBefore));
    }

    private static List<String> requests(Api billing, String token, List<UUID> clients, Provider provider,
                                         Scenario scenario) {
        List<String> references = new ArrayList<>();
        for (UUID client : clients) {
            String msisdn = MobileMoneyPlatform.number(provider);
            PROVIDERS.scenarioForMsisdn(msisdn, scenario);
            references.add(MobileMoneyPlatform.request(billing, token, client, "4.50", msisdn, provider)
                    .path("reference").asString());
        }
        return references;
    }

    private static List<String> webhookIds(List<String> references) {
        return references.stream().flatMap(reference -> PROVIDERS.callbacks(reference).stream())
                .map(callback -> callback.headers().get("webhook-id")).distinct().toList();
    }

    private static Answer replay(long callbackId) {
        SentCallback again = PROVIDERS.replay(callbackId);
        return new Answer(Provider.AGGREGATOR, again.status(), again.answer());
    }

    private static Answer forge(Api billing, Kind kind, String reference, String marker) {
        return switch (kind) {
            case AIRTEL_WRONG_HASH -> send(billing, Provider.AIRTEL, "{\"transaction\":{\"id\":\"" + reference
                    + "\",\"message\":\"Paid\",\"status_code\":\"TS\",\"airtel_money_id\":\"" + marker + "\"},"
                    + "\"hash\":\"" + Base64.getEncoder().encodeToString(marker.getBytes(StandardCharsets.UTF_8))
                    + "\"}", Map.of());
            case AGGREGATOR_WRONG_SIGNATURE -> aggregator(billing, reference, marker, "4.50",
                    "whsec_" + Base64.getEncoder().encodeToString("not-the-aggregators-key".getBytes(
                            StandardCharsets.UTF_8)), Instant.now());
            case AGGREGATOR_OLD_TIMESTAMP -> aggregator(billing, reference, marker, "4.50",
                    DevCredentials.AGGREGATOR_WEBHOOK_SECRET, Instant.now().minusSeconds(600));
            case AGGREGATOR_AMOUNT_CHANGED -> aggregator(billing, reference, marker, "450.00",
                    DevCredentials.AGGREGATOR_WEBHOOK_SECRET, Instant.now());
            case ORANGE_WRONG_TOKEN -> send(billing, Provider.ORANGE, "{\"status\":\"SUCCESS\",\"notif_token\":\""
                    + marker + "\",\"txnid\":\"" + marker + "\"}", Map.of());
            case MPESA_UNKNOWN_REFERENCE -> mpesaSuccess(billing, "MM" + marker, marker);
            case MPESA_SUCCESS_OF_A_FAILED_PAYMENT, MPESA_SUCCESS_THE_CUSTOMER_NEVER_CONFIRMED ->
                    mpesaSuccess(billing, reference, marker);
            case AGGREGATOR_REPLAYED -> throw new IllegalArgumentException("replays are sent by the provider");
        };
    }

    private static Answer mpesaSuccess(Api billing, String reference, String marker) {
        return send(billing, Provider.MPESA, "{\"input_TransactionID\":\"" + marker + "\",\"input_ResultCode\":"
                + "\"INS-0\",\"input_ResultDesc\":\"Request processed successfully\","
                + "\"input_ThirdPartyConversationID\":\"" + reference + "\"}", Map.of());
    }

    private static Answer aggregator(Api billing, String reference, String marker, String amount, String secret,
                                     Instant signedAt) {
        String body = "{\"type\":\"collection.succeeded\",\"timestamp\":\"" + signedAt + "\",\"data\":{\"id\":\""
                + marker + "\",\"reference\":\"" + reference + "\",\"operator\":\"africell\",\"amount\":\"" + amount
                + "\",\"currency\":\"USD\",\"status\":\"succeeded\"}}";
        String id = "msg_" + marker;
        String timestamp = String.valueOf(signedAt.getEpochSecond());
        return send(billing, Provider.AGGREGATOR, body, Map.of("webhook-id", id, "webhook-timestamp", timestamp,
                "webhook-signature", "v1," + hmac(secret, id + "." + timestamp + "." + body)));
    }

    private static Answer send(Api billing, Provider provider, String body, Map<String, String> headers) {
        Api.Call call = billing.post("/api/billing/webhooks/" + provider.key() + "/", body);
        headers.forEach(call::header);
        Api.Reply reply = call.send();
        return new Answer(provider, reply.status(), reply.body());
    }

    /** Standard Webhooks: Base64 HMAC-SHA256 with the secret's key (the Base64 after {@code whsec_}). */
    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(Provider provider, int status, String body) {
    }
}
