package energy.mwolo.support;

import energy.mwolo.platformtest.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem message support-service can send, in French and English, shows the arguments it is given. */
class SupportMessagesTest {

    @Test
    void everyMessageRendersItsArguments() {
        MessageBundles.of("messages", "platform-messages").assertEveryMessageRendersItsArguments();
    }
}
