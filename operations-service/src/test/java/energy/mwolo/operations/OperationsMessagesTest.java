package energy.mwolo.operations;

import energy.mwolo.platformtest.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem message operations-service can send, in French and English, shows the arguments it is given. */
class OperationsMessagesTest {

    @Test
    void everyMessageRendersItsArguments() {
        MessageBundles.of("messages", "platform-messages").assertEveryMessageRendersItsArguments();
    }
}
