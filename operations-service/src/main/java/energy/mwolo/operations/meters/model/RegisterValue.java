package energy.mwolo.operations.meters.model;

import energy.mwolo.operations.kernel.InvalidField;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A reading of the active energy import register (OBIS 1-0:1.8.0) in kWh: never negative, to the watt-hour (three
 * decimals at most, kept with three), below 10^11 kWh.
 */
public record RegisterValue(BigDecimal kwh) implements Comparable<RegisterValue> {

    public static final int SCALE = 3;
    private static final BigDecimal LIMIT = new BigDecimal("100000000000");

    public RegisterValue {
        Objects.requireNonNull(kwh, "kwh");
        if (kwh.signum() < 0 || kwh.compareTo(LIMIT) >= 0 || kwh.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidRegister(kwh);
        }
        kwh = kwh.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** A register value a request sent in {@code field}; required there. */
    public static RegisterValue of(BigDecimal kwh, String field) {
        if (kwh == null) {
            throw InvalidField.required(field);
        }
        try {
            return new RegisterValue(kwh);
        } catch (InvalidRegister e) {
            throw new InvalidField(field, "meters.register.invalid", kwh.toPlainString());
        }
    }

    public boolean isBelow(RegisterValue other) {
        return kwh.compareTo(other.kwh) < 0;
    }

    @Override
    public int compareTo(RegisterValue other) {
        return kwh.compareTo(other.kwh);
    }

    @Override
    public String toString() {
        return kwh.toPlainString();
    }

    /** A 400 even where no request field names the value (a reading from a device). */
    public static final class InvalidRegister extends DomainException {
        InvalidRegister(BigDecimal kwh) {
            super(ErrorKind.INVALID, "meters.register.invalid", null, kwh.toPlainString());
        }
    }
}
