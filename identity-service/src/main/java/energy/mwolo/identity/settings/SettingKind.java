package energy.mwolo.identity.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The type of a setting's value: how a value sent as text is checked and written in its canonical form. */
public enum SettingKind {
    TEXT,
    EMAIL,
    CURRENCY,
    PERCENT,
    INTEGER,
    TIME,
    BOOLEAN;

    static final List<String> CURRENCIES = List.of("CDF", "USD");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    /** @throws InvalidSettingValue naming what the setting expects */
    String canonical(String raw, Setting setting) {
        String value = raw == null ? "" : raw.strip();
        return switch (this) {
            case TEXT -> require(!value.isEmpty() && value.length() <= setting.max(), value, setting);
            case EMAIL -> require(value.length() <= 254 && EMAIL_SHAPE.matcher(value).matches(),
                    value.toLowerCase(Locale.ROOT), setting);
            case CURRENCY -> require(CURRENCIES.contains(value.toUpperCase(Locale.ROOT)),
                    value.toUpperCase(Locale.ROOT), setting);
            case PERCENT -> percent(value, setting);
            case INTEGER -> integer(value, setting);
            case TIME -> time(value, setting);
            case BOOLEAN -> require(value.equals("true") || value.equals("false"), value, setting);
        };
    }

    /** The value as JSON shows it: numbers and booleans as such, the rest as text (decimals too, like money). */
    Object typed(String canonical) {
        return switch (this) {
            case INTEGER -> Long.parseLong(canonical);
            case BOOLEAN -> Boolean.parseBoolean(canonical);
            default -> canonical;
        };
    }

    private static String percent(String value, Setting setting) {
        try {
            BigDecimal rate = new BigDecimal(value);
            boolean valid = rate.scale() <= 2 && rate.compareTo(BigDecimal.valueOf(setting.min())) >= 0
                    && rate.compareTo(BigDecimal.valueOf(setting.max())) <= 0;
            return require(valid, valid ? rate.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : value, setting);
        } catch (NumberFormatException e) {
            throw new InvalidSettingValue(setting);
        }
    }

    private static String integer(String value, Setting setting) {
        try {
            long number = Long.parseLong(value);
            return require(number >= setting.min() && number <= setting.max(), Long.toString(number), setting);
        } catch (NumberFormatException e) {
            throw new InvalidSettingValue(setting);
        }
    }

    private static String time(String value, Setting setting) {
        try {
            return LocalTime.parse(value, HOURS).format(HOURS);
        } catch (DateTimeParseException e) {
            throw new InvalidSettingValue(setting);
        }
    }

    private static String require(boolean valid, String canonical, Setting setting) {
        if (!valid) {
            throw new InvalidSettingValue(setting);
        }
        return canonical;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
