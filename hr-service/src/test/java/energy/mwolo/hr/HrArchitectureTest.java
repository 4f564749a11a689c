package energy.mwolo.hr;

import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;

/** The shared architecture rules over hr-service. */
class HrArchitectureTest extends ServiceArchitectureTest {

    HrArchitectureTest() {
        super("energy.mwolo.hr");
    }
}
