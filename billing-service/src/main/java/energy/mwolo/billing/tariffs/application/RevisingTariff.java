package energy.mwolo.billing.tariffs.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.billing.tariffs.model.TariffCode;
import energy.mwolo.billing.tariffs.model.TariffNotFound;
import energy.mwolo.billing.tariffs.model.Tariffs;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New prices from a day after the latest version's: months before it keep their prices, and invoices already made
 * keep the lines they were computed with.
 */
@Service
public class RevisingTariff {

    private final Tariffs tariffs;

    RevisingTariff(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @Transactional
    public Tariff addVersion(String code, VersionDraft draft, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        TariffCode parsed = TariffCode.parse(code, "code");
        Tariff tariff = tariffs.lock(parsed).orElseThrow(() -> TariffNotFound.asked(parsed.value()));
        tariff.addVersion(draft.toVersion(tariff.currency()));
        tariffs.update(tariff);
        return tariff;
    }
}
