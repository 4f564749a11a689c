package energy.mwolo.billing;

import energy.mwolo.platformtest.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem message billing-service can send, in French and English, shows the arguments it is given. */
class BillingMessagesTest {

    @Test
    void everyMessageRendersItsArguments() {
        MessageBundles.of("messages", "platform-messages").assertEveryMessageRendersItsArguments();
    }
}
