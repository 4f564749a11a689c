package energy.mwolo.crm;

import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;

/** The shared architecture rules over crm-service. */
class CrmArchitectureTest extends ServiceArchitectureTest {

    CrmArchitectureTest() {
        super("energy.mwolo.crm");
    }
}
