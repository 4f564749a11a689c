package energy.mwolo.billing.mobilemoney.providers;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.application.CallbackReading;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.model.AirtelHash;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.model.StandardWebhooks;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each provider's callback as its adapter reads it: leniently (unknown fields, string or number amounts). */
class CallbackReadingTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final String AIRTEL_SECRET = "mwolo-dev-airtel-callback-secret";
    private static final String WHSEC = "whsec_bXdvbG8tZGV2LWFnZ3JlZ2F0b3Itd2ViaG9vay1rZXkh";

    private final MobileMoneySettings settings = new MobileMoneySettings(null, null, null, null, null, null, null,
            new MobileMoneySettings.Airtel(null, null, null, AIRTEL_SECRET, AirtelHash.Payload.BODY), null,
            new MobileMoneySettings.Aggregator(null, null, List.of(WHSEC), null));
    private final ProviderHttp http = new ProviderHttp(settings);

    @Test
    void readsMpesasResultWithItsConversationIdsAndUnknownFields() {
        CallbackReading reading = new MpesaGateway(http, settings).read(callback(Provider.MPESA, """
                {"input_OriginalConversationID":"C1","input_TransactionID":"T1","input_ResultCode":"INS-0",
                 "input_ResultDesc":"Request processed successfully","input_ThirdPartyConversationID":"MM1",
                 "input_Extra":{"a":1}}""", Map.of()));

        assertThat(reading.isRejected()).isFalse();
        assertThat(reading.reference()).isEqualTo("MM1");
        assertThat(reading.conversationId()).isEqualTo("C1");
        assertThat(reading.report().outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(reading.report().transactionId()).isEqualTo("T1");
        assertThat(reading.authenticated()).isFalse();
    }

    @Test
    void takesMpesasTimeoutAndDuplicateCodesAsUnknownAndOtherCodesAsFailures() {
        MpesaGateway mpesa = new MpesaGateway(http, settings);

        assertThat(mpesa.read(mpesaResult("INS-9")).report().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(mpesa.read(mpesaResult("INS-10")).report().outcome()).isEqualTo(Outcome.PENDING);
        assertThat(mpesa.read(mpesaResult("INS-2006")).report().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(mpesa.read(callback(Provider.MPESA, "not json", Map.of())).rejection())
                .isEqualTo(Verdict.UNREADABLE);
    }

    @Test
    void repliesToMpesaWithItsOutputFieldsAndCodeZeroWhateverTheVerdict() {
        String reply = new MpesaGateway(http, settings).reply(mpesaResult("INS-0"), Verdict.UNKNOWN_REQUEST).body();

        assertThat(http.parse(reply).path("output_ResponseCode").asString()).isEqualTo("0");
        assertThat(http.parse(reply).path("output_OriginalConversationID").asString()).isEqualTo("C1");
        assertThat(http.parse(reply).path("output_ThirdPartyConversationID").asString()).isEqualTo("MM1");
    }

    @Test
    void readsAnAirtelCallbackWhoseHashIsValidAndRefusesAForgedOne() {
        String unsigned = "{\"transaction\":{\"id\":\"MM1\",\"message\":\"ok\",\"status_code\":\"TS\","
                + "\"airtel_money_id\":\"MP9\",\"new_field\":true}}";
        String hash = new AirtelHash(AIRTEL_SECRET, AirtelHash.Payload.BODY).hash(unsigned);
        String forged = new AirtelHash("guess", AirtelHash.Payload.BODY).hash(unsigned);
        AirtelGateway airtel = new AirtelGateway(http, settings);

        CallbackReading reading = airtel.read(callback(Provider.AIRTEL, withHash(unsigned, hash), Map.of()));
        assertThat(reading.authenticated()).isTrue();
        assertThat(reading.reference()).isEqualTo("MM1");
        assertThat(reading.report().transactionId()).isEqualTo("MP9");
        assertThat(reading.report().outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(airtel.read(callback(Provider.AIRTEL, withHash(unsigned, forged), Map.of())).rejection())
                .isEqualTo(Verdict.UNAUTHENTICATED);
        assertThat(airtel.read(callback(Provider.AIRTEL, unsigned, Map.of())).rejection())
                .isEqualTo(Verdict.UNAUTHENTICATED);
    }

    @Test
    void readsAnOrangeNotificationByItsToken() {
        CallbackReading reading = new OrangeGateway(http, settings).read(callback(Provider.ORANGE,
                "{\"status\":\"FAILED\",\"notif_token\":\"tok\",\"txnid\":\"MP7\"}", Map.of()));

        assertThat(reading.notifToken()).isEqualTo("tok");
        assertThat(reading.reference()).isNull();
        assertThat(reading.report().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void readsTheAggregatorsSignedCollectionWithAStringOrNumberAmount() {
        AggregatorGateway aggregator = new AggregatorGateway(http, settings);
        for (String amount : List.of("\"4.50\"", "4.5", "4.50")) {
            String body = "{\"type\":\"collection.succeeded\",\"timestamp\":\"2026-12-04T10:00:00Z\",\"data\":"
                    + "{\"id\":\"col_1\",\"reference\":\"MM1\",\"operator\":\"africell\",\"amount\":" + amount
                    + ",\"currency\":\"USD\",\"status\":\"succeeded\",\"extra\":[1]}}";
            CallbackReading reading = aggregator.read(callback(Provider.AGGREGATOR, body, signed(body, NOW)));

            assertThat(reading.authenticated()).isTrue();
            assertThat(reading.webhookId()).isEqualTo("msg_1");
            assertThat(reading.report().amount()).isEqualTo(new Money(new BigDecimal("4.50"), Currency.USD));
            assertThat(reading.report().transactionId()).isEqualTo("col_1");
        }
    }

    @Test
    void refusesTheAggregatorsCallbackSignedTenMinutesAgoOrNotSigned() {
        AggregatorGateway aggregator = new AggregatorGateway(http, settings);
        String body = "{\"type\":\"collection.succeeded\",\"data\":{\"id\":\"col_1\",\"reference\":\"MM1\","
                + "\"amount\":\"4.50\",\"currency\":\"USD\",\"status\":\"succeeded\"}}";

        assertThat(aggregator.read(callback(Provider.AGGREGATOR, body, signed(body, NOW.minusSeconds(600))))
                .rejection()).isEqualTo(Verdict.STALE);
        assertThat(aggregator.read(callback(Provider.AGGREGATOR, body, Map.of("webhook-id", "msg_1"))).rejection())
                .isEqualTo(Verdict.UNAUTHENTICATED);
    }

    private static RawCallback mpesaResult(String code) {
        return callback(Provider.MPESA, "{\"input_OriginalConversationID\":\"C1\",\"input_TransactionID\":\"T1\","
                + "\"input_ResultCode\":\"" + code + "\",\"input_ThirdPartyConversationID\":\"MM1\"}", Map.of());
    }

    private static Map<String, String> signed(String body, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return Map.of("webhook-id", "msg_1", "webhook-timestamp", timestamp, "webhook-signature",
                StandardWebhooks.sign(WHSEC, "msg_1", timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String withHash(String unsigned, String hash) {
        return unsigned.substring(0, unsigned.length() - 1) + ",\"hash\":\"" + hash + "\"}";
    }

    private static RawCallback callback(Provider provider, String body, Map<String, String> headers) {
        return new RawCallback(provider, false, headers, body.getBytes(StandardCharsets.UTF_8), "127.0.0.1", NOW);
    }
}
