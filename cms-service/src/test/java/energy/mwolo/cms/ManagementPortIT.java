package energy.mwolo.cms;

import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.ManagementPort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** Health probes and metrics on the management port, which the gateway never routes; nothing of it on the main one. */
class ManagementPortIT extends AbstractApiIT {

    @LocalManagementPort
    private int managementPort;

    @Test
    void servesItsActuatorOnTheManagementPortOnly() {
        ManagementPort.assertActuatorServedOnlyOn(new Api("http://localhost:" + managementPort), api, Tokens.admin());
    }
}
