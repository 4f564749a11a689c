package energy.mwolo.mobilemoney.simulator;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A simulator on a free loopback port and the billing stand-in its callbacks go to, both fresh for each test. */
abstract class SimulatorFixture {

    BillingStandIn billing;
    MobileMoneySimulator simulator;

    @BeforeEach
    void startSimulatorAndBilling() {
        billing = new BillingStandIn();
        simulator = MobileMoneySimulator.start();
    }

    @AfterEach
    void stopSimulatorAndBilling() {
        simulator.close();
        billing.close();
    }

    /** The simulator lists a callback once billing answered it, a moment after billing received it. */
    List<SentCallback> sentCallbacks(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (simulator.callbacks().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return simulator.callbacks();
    }
}
