package energy.mwolo.billing.tariffs.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.tariffs.model.DuplicateTariff;
import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.billing.tariffs.model.TariffCode;
import energy.mwolo.billing.tariffs.model.Tariffs;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An accountant adds a tariff to the catalogue with its first prices; a code names one tariff for ever. */
@Service
public class DefiningTariff {

    private final Tariffs tariffs;

    DefiningTariff(Tariffs tariffs) {
        this.tariffs = tariffs;
    }

    @Transactional
    public Tariff define(String code, String name, String currency, VersionDraft first, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        TariffCode parsed = TariffCode.parse(code, "code");
        Currency tariffCurrency = Currency.of(currency, "currency");
        if (tariffs.byCode(parsed).isPresent()) {
            throw new DuplicateTariff(parsed);
        }
        Tariff tariff = Tariff.create(parsed, name, tariffCurrency, first.toVersion(tariffCurrency));
        tariffs.add(tariff);
        return tariff;
    }
}
