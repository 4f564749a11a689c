package energy.mwolo.platform.web;

import energy.mwolo.platformtest.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem message the platform can send, in French and English, shows the arguments it is given. */
class PlatformMessagesTest {

    @Test
    void everyMessageRendersItsArguments() {
        MessageBundles.of("platform-messages").assertEveryMessageRendersItsArguments();
    }
}
