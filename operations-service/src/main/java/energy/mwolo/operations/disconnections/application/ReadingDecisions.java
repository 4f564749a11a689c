package energy.mwolo.operations.disconnections.application;

import energy.mwolo.operations.access.OperationsAccess;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A contract's decision history, oldest first, for staff. */
@Service
public class ReadingDecisions {

    private final DisconnectionBook book;

    ReadingDecisions(DisconnectionBook book) {
        this.book = book;
    }

    @Transactional(readOnly = true)
    public List<Decision> history(UUID contract, CurrentUser user) {
        OperationsAccess.requireStaffRead(user);
        return book.history(contract);
    }
}
