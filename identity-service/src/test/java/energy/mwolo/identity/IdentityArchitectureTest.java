package energy.mwolo.identity;

import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;

/** The shared architecture rules over identity-service; its models also stay clear of the JOSE library. */
class IdentityArchitectureTest extends ServiceArchitectureTest {

    IdentityArchitectureTest() {
        super("energy.mwolo.identity", "com.nimbusds..");
    }
}
