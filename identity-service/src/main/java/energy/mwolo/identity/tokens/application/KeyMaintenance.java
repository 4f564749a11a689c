package energy.mwolo.identity.tokens.application;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs key maintenance before the service takes its first request, then every ten minutes (configurable). */
@Component
class KeyMaintenance implements SmartInitializingSingleton {

    private final RotatingSigningKeys rotating;

    KeyMaintenance(RotatingSigningKeys rotating) {
        this.rotating = rotating;
    }

    @Override
    public void afterSingletonsInstantiated() {
        rotating.maintain();
    }

    @Scheduled(initialDelayString = "${mwolo.identity.keys.maintenance-interval:PT10M}",
            fixedDelayString = "${mwolo.identity.keys.maintenance-interval:PT10M}")
    void maintainRegularly() {
        rotating.maintain();
    }
}
