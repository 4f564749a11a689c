package energy.mwolo.cms;

import energy.mwolo.platformtest.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem message cms-service can send, in French and English, shows the arguments it is given. */
class CmsMessagesTest {

    @Test
    void everyMessageRendersItsArguments() {
        MessageBundles.of("messages", "platform-messages").assertEveryMessageRendersItsArguments();
    }
}
