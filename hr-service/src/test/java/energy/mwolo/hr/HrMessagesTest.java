package energy.mwolo.hr;

import energy.mwolo.platformtest.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem message hr-service can send, in French and English, shows the arguments it is given. */
class HrMessagesTest {

    @Test
    void everyMessageRendersItsArguments() {
        MessageBundles.of("messages", "platform-messages").assertEveryMessageRendersItsArguments();
    }
}
