package energy.mwolo.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    private static IdempotencyRefused refusal(Runnable parse) {
        try {
            parse.run();
        } catch (IdempotencyRefused refused) {
            return refused;
        }
        throw new AssertionError("the key was accepted");
    }

    @Test
    void aUuidAKeyOfOneCharacterAndOneOf255AreAccepted() {
        assertThat(new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324").value())
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(new IdempotencyKey("x").value()).isEqualTo("x");
        assertThat(new IdempotencyKey("k".repeat(255)).value()).hasSize(255);
    }

    @Test
    void everyVisibleAsciiCharacterIsAllowed() {
        StringBuilder visible = new StringBuilder();
        for (char c = '!'; c <= '~'; c++) {
            visible.append(c);
        }
        assertThat(new IdempotencyKey(visible.toString()).value()).hasSize(94);
    }

    @Test
    void anEmptyKeyOrOneLongerThan255IsRefusedAsInvalid() {
        assertThat(refusal(() -> new IdempotencyKey("")).code()).isEqualTo("idempotency.key_invalid");
        assertThat(refusal(() -> new IdempotencyKey("k".repeat(256))).kind().status()).isEqualTo(400);
    }

    @Test
    void spacesControlCharactersAndNonAsciiLettersAreRefused() {
        for (String key : List.of("two words", " padded", "tab\there", "line\nbreak", "clé", "del\u007F")) {
            assertThat(refusal(() -> new IdempotencyKey(key)).code()).as(key).isEqualTo("idempotency.key_invalid");
        }
    }

    @Test
    void noHeaderMeansNoKey() {
        assertThat(IdempotencyKey.from(Collections.emptyEnumeration())).isEmpty();
        assertThat(IdempotencyKey.from(null)).isEmpty();
    }

    @Test
    void aRequestNamingTwoKeysIsRefused() {
        assertThatThrownBy(() -> IdempotencyKey.from(Collections.enumeration(List.of("a", "b"))))
                .isInstanceOf(IdempotencyRefused.class)
                .hasMessageContaining("idempotency.key_invalid");
    }

    @Test
    void oneHeaderIsTheKey() {
        assertThat(IdempotencyKey.from(Collections.enumeration(List.of("order-42"))))
                .contains(new IdempotencyKey("order-42"));
    }
}
