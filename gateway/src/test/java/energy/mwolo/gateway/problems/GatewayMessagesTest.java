package energy.mwolo.gateway.problems;

import energy.mwolo.platformtest.MessageBundles;
import org.junit.jupiter.api.Test;

/** Every problem message the gateway can send, in French and English, shows the arguments it is given. */
class GatewayMessagesTest {

    @Test
    void everyMessageRendersItsArguments() {
        MessageBundles.of("gateway-messages").assertEveryMessageRendersItsArguments();
    }
}
