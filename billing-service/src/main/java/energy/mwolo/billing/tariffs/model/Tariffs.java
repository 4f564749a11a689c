package energy.mwolo.billing.tariffs.model;

import java.util.List;
import java.util.Optional;

/** The tariff catalogue. */
public interface Tariffs {

    Optional<Tariff> byCode(TariffCode code);

    /** Like {@link #byCode}, the tariff locked until the transaction ends: versions are added one after the other. */
    Optional<Tariff> lock(TariffCode code);

    /** Every tariff, by code. */
    List<Tariff> all();

    /** {@link DuplicateTariff} when the code is taken. */
    void add(Tariff tariff);

    /** Stores the versions added since the tariff was loaded. */
    void update(Tariff tariff);
}
