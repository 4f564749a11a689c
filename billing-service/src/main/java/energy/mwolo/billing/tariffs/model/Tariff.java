package energy.mwolo.billing.tariffs.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.InvalidField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A named tariff of the catalogue, in USD or CDF, with its versions in date order. A new price is a new version from
 * a day after the latest one's: the past is never rewritten, so re-running an old month prices it as it was.
 */
public final class Tariff {

    private final TariffCode code;
    private final String name;
    private final Currency currency;
    private final List<TariffVersion> versions;

    private Tariff(TariffCode code, String name, Currency currency, List<TariffVersion> versions) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparing(TariffVersion::validFrom));
    }

    public static Tariff create(TariffCode code, String name, Currency currency, TariffVersion first) {
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "billing.validation.required");
        }
        Tariff tariff = new Tariff(code, name.strip(), currency, List.of());
        tariff.addVersion(first);
        return tariff;
    }

    /** Rebuilds a tariff from storage. */
    public static Tariff restore(TariffCode code, String name, Currency currency, List<TariffVersion> versions) {
        return new Tariff(code, name, currency, versions);
    }

    /** Prices from a day after the latest version's start; 409 otherwise. */
    public void addVersion(TariffVersion version) {
        if (version.monthlyFee().currency() != currency) {
            throw new InvalidField("monthly_fee", "billing.tariff.fee_currency", currency);
        }
        if (!versions.isEmpty() && !version.validFrom().isAfter(latest().validFrom())) {
            throw new TariffVersionRefused(code, version.validFrom(), latest().validFrom());
        }
        versions.add(version);
    }

    /** The version in force on {@code day}; 409 when the tariff did not exist yet. */
    public TariffVersion versionOn(LocalDate day) {
        TariffVersion found = null;
        for (TariffVersion version : versions) {
            if (!version.validFrom().isAfter(day)) {
                found = version;
            }
        }
        if (found == null) {
            throw new TariffNotInForce(code, day);
        }
        return found;
    }

    public TariffVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public TariffCode code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Currency currency() {
        return currency;
    }

    public List<TariffVersion> versions() {
        return List.copyOf(versions);
    }
}
