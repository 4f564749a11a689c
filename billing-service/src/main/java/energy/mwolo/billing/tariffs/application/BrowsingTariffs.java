package energy.mwolo.billing.tariffs.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.billing.tariffs.model.TariffCode;
import energy.mwolo.billing.tariffs.model.TariffNotFound;
import energy.mwolo.billing.tariffs.model.Tariffs;
import energy.mwolo.platform.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue with every tariff's versions, for anyone who reads billing: prices are no secret to customers. */
@Service
@Transactional(readOnly = true)
public class BrowsingTariffs {

    private final Tariffs tariffs;

    BrowsingTariffs(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    public List<Tariff> all(CurrentUser user) {
        user.require(BillingAccess.READ);
        return tariffs.all();
    }

    public Tariff show(String code, CurrentUser user) {
        user.require(BillingAccess.READ);
        TariffCode parsed = TariffCode.parse(code, "code");
        return tariffs.byCode(parsed).orElseThrow(() -> TariffNotFound.asked(parsed.value()));
    }
}
