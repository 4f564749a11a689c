package energy.mwolo.cms;

import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;

/** The shared architecture rules over cms-service. */
class CmsArchitectureTest extends ServiceArchitectureTest {

    CmsArchitectureTest() {
        super("energy.mwolo.cms");
    }
}
