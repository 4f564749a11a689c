package energy.mwolo.platformtest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The walker against bundles written for it under src/test/resources/walker/. */
class MessageBundlesTest {

    @Test
    void passesBundlesThatRenderEveryArgument() {
        assertThatCode(() -> MessageBundles.of("walker/good").assertEveryMessageRendersItsArguments())
                .doesNotThrowAnyException();
    }

    @Test
    void namesEveryMessageThatDoesNotRenderAsWritten() {
        assertThatThrownBy(() -> MessageBundles.of("walker/bad").assertEveryMessageRendersItsArguments())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("agency.closed=L'agence {0} est fermée. has a single '")
                .hasMessageContaining("code.quoted=Le code '{0}' est pris. has a single '")
                .hasMessageContaining("only.french is missing in English")
                .hasMessageContaining("arity takes arguments [0, 1] in French but [0] in English")
                .hasMessageContaining("broken=Valeur {0 does not parse");
    }
}
