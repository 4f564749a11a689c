package energy.mwolo.mobilemoney.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    @Test
    void signsTheStandardWebhooksExampleAsTheSpecificationDoes() {
        // The example of the Standard Webhooks specification (secret, id, timestamp, body and signature).
        assertThat(Signatures.webhookSignature(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void twoSecretsGiveTwoSpaceSeparatedSignaturesInTheirOrder() {
        String current = Signatures.webhookSignature(List.of(DevCredentials.AGGREGATOR_WEBHOOK_SECRET), "msg_1", 1L,
                "{}");
        String next = Signatures.webhookSignature(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "msg_1", 1L,
                "{}");

        assertThat(Signatures.webhookSignature(List.of(DevCredentials.AGGREGATOR_WEBHOOK_SECRET,
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "msg_1", 1L, "{}")).isEqualTo(current + " " + next);
    }

    @Test
    void aWebhookSecretIsWhsecFollowedByEnoughBase64() {
        assertThatThrownBy(() -> Signatures.webhookKey("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signatures.webhookKey("whsec_c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signatures.webhookKey("whsec_not base64!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Signatures.webhookKey(DevCredentials.AGGREGATOR_WEBHOOK_SECRET))
                .asString().isEqualTo("mwolo-dev-aggregator-webhook-key!");
    }
}
