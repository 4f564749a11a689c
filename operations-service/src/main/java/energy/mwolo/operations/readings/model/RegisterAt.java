package energy.mwolo.operations.readings.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The active import register (kWh) of a meter at an instant: a stored reading, or a link's opening value. */
public record RegisterAt(Instant at, BigDecimal kwh) {

    public RegisterAt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kwh, "kwh");
    }
}
