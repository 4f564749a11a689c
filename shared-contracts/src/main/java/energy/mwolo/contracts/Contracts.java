package energy.mwolo.contracts;

import energy.mwolo.contracts.geo.AgencyClosed;
import energy.mwolo.contracts.geo.AgencyOpened;
import energy.mwolo.contracts.geo.AgencyUpdated;
import energy.mwolo.contracts.identity.AccountLocked;
import energy.mwolo.contracts.identity.LoginFailed;
import energy.mwolo.contracts.identity.LoginSucceeded;
import energy.mwolo.contracts.identity.PasswordChanged;
import energy.mwolo.contracts.identity.UserDisabled;
import energy.mwolo.contracts.identity.UserRegistered;
import energy.mwolo.contracts.identity.UserRoleChanged;
import energy.mwolo.contracts.identity.UserUpdated;
import java.util.List;

/** The catalogue of every event contract; the build tests each one against its schema and golden sample. */
public final class Contracts {

    private static final List<EventContract<?>> ALL = List.of(
            AgencyOpened.CONTRACT,
            AgencyUpdated.CONTRACT,
            AgencyClosed.CONTRACT,
            UserRegistered.CONTRACT,
            UserUpdated.CONTRACT,
            UserRoleChanged.CONTRACT,
            UserDisabled.CONTRACT,
            LoginSucceeded.CONTRACT,
            LoginFailed.CONTRACT,
            AccountLocked.CONTRACT,
            PasswordChanged.CONTRACT);

    private Contracts() {
    }

    public static List<EventContract<?>> all() {
        return ALL;
    }
}
