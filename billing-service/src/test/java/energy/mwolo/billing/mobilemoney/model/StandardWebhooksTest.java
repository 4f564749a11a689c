package energy.mwolo.billing.mobilemoney.model;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.billing.mobilemoney.model.StandardWebhooks.Check;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    /** The example of the Standard Webhooks specification. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SIGNED_AT = Instant.ofEpochSecond(1614265330);
    private static final String OTHER_SECRET = "whsec_bXdvbG8tZGV2LWFnZ3JlZ2F0b3Itd2ViaG9vay1rZXkh";

    private final StandardWebhooks webhooks = new StandardWebhooks(List.of(SECRET), Duration.ofMinutes(5));

    @Test
    void acceptsTheSpecificationsExample() {
        assertThat(webhooks.verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Check.VALID);
        assertThat(StandardWebhooks.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void acceptsOneValidSignatureAmongSeveral() {
        String other = StandardWebhooks.sign(OTHER_SECRET, ID, TIMESTAMP, BODY);
        assertThat(webhooks.verify(ID, TIMESTAMP, other + " " + SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Check.VALID);
        assertThat(new StandardWebhooks(List.of(OTHER_SECRET, SECRET), Duration.ofMinutes(5))
                .verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Check.VALID);
    }

    @Test
    void refusesAnotherKeyAChangedBodyOrIdAndGarbage() {
        String other = StandardWebhooks.sign(OTHER_SECRET, ID, TIMESTAMP, BODY);
        assertThat(webhooks.verify(ID, TIMESTAMP, other, BODY, SIGNED_AT)).isEqualTo(Check.INVALID);
        assertThat(webhooks.verify(ID, TIMESTAMP, SIGNATURE, "{\"test\": 1}".getBytes(StandardCharsets.UTF_8),
                SIGNED_AT)).isEqualTo(Check.INVALID);
        assertThat(webhooks.verify("msg_other", TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Check.INVALID);
        assertThat(webhooks.verify(ID, TIMESTAMP, "v1,not base64!", BODY, SIGNED_AT)).isEqualTo(Check.INVALID);
        assertThat(webhooks.verify(ID, TIMESTAMP, SIGNATURE.replace("v1,", "v2,"), BODY, SIGNED_AT))
                .isEqualTo(Check.INVALID);
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesAwayEitherWay() {
        assertThat(webhooks.verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT.plusSeconds(300)))
                .isEqualTo(Check.VALID);
        assertThat(webhooks.verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT.plusSeconds(301)))
                .isEqualTo(Check.STALE);
        assertThat(webhooks.verify(ID, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT.minusSeconds(301)))
                .isEqualTo(Check.STALE);
    }

    @Test
    void refusesMissingHeaders() {
        assertThat(webhooks.verify(null, TIMESTAMP, SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Check.MISSING);
        assertThat(webhooks.verify(ID, "yesterday", SIGNATURE, BODY, SIGNED_AT)).isEqualTo(Check.MISSING);
        assertThat(webhooks.verify(ID, TIMESTAMP, " ", BODY, SIGNED_AT)).isEqualTo(Check.MISSING);
    }
}
