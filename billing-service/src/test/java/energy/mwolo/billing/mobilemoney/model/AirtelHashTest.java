package energy.mwolo.billing.mobilemoney.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.mobilemoney.model.AirtelHash.Payload;
import org.junit.jupiter.api.Test;

class AirtelHashTest {

    private static final String SECRET = "mwolo-dev-airtel-callback-secret";
    private static final String TRANSACTION =
            "{\"id\":\"MM1\",\"message\":\"Transaction is successful\",\"status_code\":\"TS\","
                    + "\"airtel_money_id\":\"MP1\"}";
    private static final String UNSIGNED = "{\"transaction\":" + TRANSACTION + "}";

    @Test
    void verifiesTheHashOfTheBodyWithoutItsHash() {
        AirtelHash hash = new AirtelHash(SECRET, Payload.BODY);
        String body = signed(hash.hash(UNSIGNED));

        assertThat(hash.verify(body, hash.hash(UNSIGNED))).isTrue();
        assertThat(new AirtelHash(SECRET, Payload.TRANSACTION).verify(body, hash.hash(UNSIGNED))).isFalse();
    }

    @Test
    void verifiesTheHashOfTheTransactionObjectWhenSoConfigured() {
        AirtelHash hash = new AirtelHash(SECRET, Payload.TRANSACTION);
        String body = signed(hash.hash(TRANSACTION));

        assertThat(hash.verify(body, hash.hash(TRANSACTION))).isTrue();
    }

    @Test
    void refusesAnotherSecretAChangedStatusAMissingHashAndGarbage() {
        AirtelHash hash = new AirtelHash(SECRET, Payload.BODY);
        String forged = new AirtelHash("another-secret", Payload.BODY).hash(UNSIGNED);
        String good = hash.hash(UNSIGNED);

        assertThat(hash.verify(signed(forged), forged)).isFalse();
        assertThat(hash.verify(signed(good).replace("\"TS\"", "\"TF\""), good)).isFalse();
        assertThat(hash.verify(UNSIGNED, null)).isFalse();
        assertThat(hash.verify(UNSIGNED, "%%%")).isFalse();
    }

    @Test
    void cutsTheTransactionObjectOutOfTheBodyRespectingStrings() {
        String body = "{\"transaction\":{\"id\":\"a}{\\\"b\",\"n\":{\"x\":1}},\"hash\":\"h\"}";

        assertThat(AirtelHash.transactionText(body)).isEqualTo("{\"id\":\"a}{\\\"b\",\"n\":{\"x\":1}}");
        assertThat(AirtelHash.withoutHash(body)).isEqualTo("{\"transaction\":{\"id\":\"a}{\\\"b\",\"n\":{\"x\":1}}}");
    }

    private static String signed(String hash) {
        return "{\"transaction\":" + TRANSACTION + ",\"hash\":\"" + hash + "\"}";
    }
}
