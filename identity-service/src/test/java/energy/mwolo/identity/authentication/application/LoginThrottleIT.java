package energy.mwolo.identity.authentication.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.identity.authentication.model.TooManyAttempts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/** The throttle keeps nothing per identifier in memory: another replica, or the service restarted, sees the same. */
class LoginThrottleIT extends AbstractApiIT {

    @Autowired
    private AutowireCapableBeanFactory beans;

    @Test
    void anotherReplicaOrARestartedServiceMakesTheSameAddressWait() {
        clock.freeze();
        String nobody = Accounts.uniqueEmail("nobody");
        String address = newClientAddress();
        Accounts guesser = new Accounts(api.from(address));
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.attempt(nobody, Accounts.WRONG_PASSWORD).status()).isEqualTo(401);
        }

        LoginThrottle fresh = beans.createBean(LoginThrottle.class);

        assertThatThrownBy(() -> fresh.admit(nobody, address, clock.instant()))
                .isInstanceOfSatisfying(TooManyAttempts.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(60));
    }
}
