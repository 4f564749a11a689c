package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequestNotFound;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequests;
import energy.mwolo.platform.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A payment request as its payer or staff sees it; another client's is not found (404). */
@Service
public class ReadingRequests {

    private final MobileMoneyRequests requests;

    ReadingRequests(MobileMoneyRequests requests) {
        this.requests = requests;
    }

    @Transactional(readOnly = true)
    public MobileMoneyRequest find(UUID id, CurrentUser user) {
        BillingAccess.ReadScope scope = BillingAccess.readScope(user);
        return requests.find(id).filter(request -> scope.allows(request.clientId()))
                .orElseThrow(() -> new MobileMoneyRequestNotFound(id));
    }
}
