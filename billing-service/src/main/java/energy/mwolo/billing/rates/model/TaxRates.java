package energy.mwolo.billing.rates.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Tax rates, each in force from its day until the next of its code. */
public interface TaxRates {

    /** The rate of {@code code} in force on {@code day}. */
    Optional<TaxRate> inForce(String code, LocalDate day);

    /** Stores a rate; {@link DuplicateTaxRate} when its code has one from that day already. */
    void add(TaxRate rate);

    /** By code, then newest first. */
    List<TaxRate> all();

    /** The rate in force, else 409 {@link TaxRateMissing}: nothing is billed without knowing its tax. */
    default TaxRate required(String code, LocalDate day) {
        return inForce(code, day).orElseThrow(() -> new TaxRateMissing(code, day));
    }
}
