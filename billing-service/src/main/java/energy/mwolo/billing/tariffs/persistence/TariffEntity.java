package energy.mwolo.billing.tariffs.persistence;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.tariffs.model.Tariff;
import energy.mwolo.billing.tariffs.model.TariffCode;
import energy.mwolo.billing.tariffs.model.TariffVersion;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "tariffs")
class TariffEntity {

    @Id
    private String code;
    private String name;
    private String currency;
    @OneToMany(mappedBy = "tariff", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    private List<TariffVersionEntity> versions = new ArrayList<>();

    protected TariffEntity() {
    }

    static TariffEntity from(Tariff tariff) {
        TariffEntity entity = new TariffEntity();
        entity.code = tariff.code().value();
        entity.name = tariff.name();
        entity.currency = tariff.currency().name();
        entity.addMissingVersions(tariff);
        return entity;
    }

    /** Versions are only ever added: those of the model not stored yet, by start day. */
    void addMissingVersions(Tariff tariff) {
        for (TariffVersion version : tariff.versions()) {
            if (versions.stream().noneMatch(stored -> stored.validFrom().equals(version.validFrom()))) {
                versions.add(TariffVersionEntity.from(this, version));
            }
        }
    }

    Tariff toModel() {
        return Tariff.restore(new TariffCode(code), name, Currency.valueOf(currency),
                versions.stream().map(version -> version.toModel(Currency.valueOf(currency))).toList());
    }
}
