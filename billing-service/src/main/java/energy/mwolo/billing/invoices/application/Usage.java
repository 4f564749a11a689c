package energy.mwolo.billing.invoices.application;

import java.math.BigDecimal;
import java.util.Objects;

/** The kWh a metered contract is billed for in a month, and whether they are an estimate. */
public record Usage(BigDecimal kwh, boolean estimated) {

    public Usage {
        Objects.requireNonNull(kwh, "kwh");
    }
}
