package energy.mwolo.contracts.iot;

import com.fasterxml.jackson.annotation.JsonFormat;
import energy.mwolo.contracts.ContractPayload;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One value of a reading, named by its OBIS code (IEC 62056-61) with the unit that code implies. Registers are
 * never negative; instantaneous power may be (a site exporting). Codes outside {@link #UNITS} are kept as the
 * meter sent them, for a later version of the readers.
 */
@ContractPayload
public record ObisValue(String code, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value, String unit) {

    /** Active energy import register (energy taken from the grid), kWh. */
    public static final String ACTIVE_IMPORT = "1-0:1.8.0";
    /** Active energy export register (energy fed into the grid), kWh. */
    public static final String ACTIVE_EXPORT = "2-0:1.8.0";
    /** Voltage on phase L1, V. */
    public static final String VOLTAGE_L1 = "1-0:32.7.0";
    /** Active power import, instantaneous, kW. */
    public static final String ACTIVE_POWER = "1-0:1.7.0";

    static final Map<String, String> UNITS = Map.of(
            ACTIVE_IMPORT, "kWh",
            ACTIVE_EXPORT, "kWh",
            VOLTAGE_L1, "V",
            ACTIVE_POWER, "kW");

    /** Compiled once: a meter's every reading has a few codes, and {@code String.matches} compiles on each call. */
    private static final Pattern CODE = Pattern.compile("[0-9]{1,3}-[0-9]{1,3}:[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");

    public ObisValue {
        if (code == null || !UNITS.containsKey(code) && !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be an OBIS code such as 1-0:1.8.0, was " + code);
        }
        Objects.requireNonNull(value, "value");
        if (unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("unit must not be blank");
        }
        String expected = UNITS.get(code);
        if (expected != null && !expected.equals(unit)) {
            throw new IllegalArgumentException(code + " is in " + expected + ", was " + unit);
        }
        if ((code.equals(ACTIVE_IMPORT) || code.equals(ACTIVE_EXPORT)) && value.signum() < 0) {
            throw new IllegalArgumentException("register " + code + " must not be negative, was "
                    + value.toPlainString());
        }
        value = value.scale() < 0 ? value.setScale(0) : value;
    }
}
