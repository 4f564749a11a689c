package energy.mwolo.geo;

import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;

/** The shared architecture rules over geo-service. */
class GeoArchitectureTest extends ServiceArchitectureTest {

    GeoArchitectureTest() {
        super("energy.mwolo.geo");
    }
}
