package energy.mwolo.support;

import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;

/** The shared architecture rules over support-service. */
class SupportArchitectureTest extends ServiceArchitectureTest {

    SupportArchitectureTest() {
        super("energy.mwolo.support");
    }
}
