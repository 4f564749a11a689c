package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.application.RegisteringCustomer;
import energy.mwolo.identity.accounts.application.Registration;
import energy.mwolo.identity.accounts.model.User;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer registers and is signed in at once: account and session in one transaction. */
@Service
public class SigningUp {

    private final RegisteringCustomer registering;
    private final Sessions sessions;
    private final Clock clock;

    SigningUp(RegisteringCustomer registering, Sessions sessions, Clock clock) {
        this.registering = registering;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    public Session signUp(Registration registration) {
        User user = registering.register(registration);
        return sessions.open(user, clock.instant());
    }
}
