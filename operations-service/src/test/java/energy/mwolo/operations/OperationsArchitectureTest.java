package energy.mwolo.operations;

import energy.mwolo.platformtest.architecture.ServiceArchitectureTest;

/** The shared architecture rules over operations-service. */
class OperationsArchitectureTest extends ServiceArchitectureTest {

    OperationsArchitectureTest() {
        super("energy.mwolo.operations");
    }
}
