package energy.mwolo.audit.log.application;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Which entries a list or an export shows. Null means "any". Times are on {@code occurred_at}: {@code from}
 * inclusive, {@code before} exclusive.
 *
 * @param search         text found, case-insensitively, in the event id, type, source, subject, actor or payload
 * @param sourceMismatch only entries whose source is (true) or is not (false) their topic's owner
 */
public record EventFilter(String type, String source, String subject, String actor, Instant from, Instant before,
                          String search, Boolean sourceMismatch) {

    /** Business dates are the company's (ARCHITECTURE.md §3). */
    static final ZoneId COMPANY_ZONE = ZoneId.of("Africa/Kinshasa");
    private static final int MAX_TEXT = 500;

    public static final EventFilter ANY = new EventFilter(null, null, null, null, null, null, null, null);

    /**
     * Reads the request's filters: {@code from} and {@code to} are instants ({@code 2026-05-01T08:00:00Z}, or with
     * an offset) or dates ({@code 2026-05-01}, a whole day in Kinshasa); {@code to} is inclusive.
     */
    public static EventFilter parse(String type, String source, String subject, String actor, String from, String to,
                                    String search, String sourceMismatch) {
        Instant start = from == null || from.isBlank() ? null : startOf("from", from.strip());
        Instant before = to == null || to.isBlank() ? null : after("to", to.strip());
        if (start != null && before != null && !start.isBefore(before)) {
            throw new InvalidParameter("to", "audit.filter.to_before_from");
        }
        return new EventFilter(text("type", type), text("source", source), text("subject", subject),
                text("actor", actor), start, before, text("search", search), flag("source_mismatch", sourceMismatch));
    }

    private static Boolean flag(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameter(parameter, "audit.filter.invalid_flag", value);
        };
    }

    private static Instant startOf(String parameter, String value) {
        if (value.length() == 10) {
            return date(parameter, value).atStartOfDay(COMPANY_ZONE).toInstant();
        }
        return instant(parameter, value);
    }

    /** The first instant after the day or the instant given (microseconds: the stored precision). */
    private static Instant after(String parameter, String value) {
        if (value.length() == 10) {
            return date(parameter, value).plusDays(1).atStartOfDay(COMPANY_ZONE).toInstant();
        }
        return instant(parameter, value).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidParameter(parameter, "audit.filter.invalid_time", value);
        }
    }

    private static Instant instant(String parameter, String value) {
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            if (instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
                    || instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw new InvalidParameter(parameter, "audit.filter.invalid_time", value);
            }
            return instant;
        } catch (DateTimeException e) {
            throw new InvalidParameter(parameter, "audit.filter.invalid_time", value);
        }
    }

    private static String text(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT || value.indexOf('\0') >= 0) {
            throw new InvalidParameter(parameter, "audit.filter.invalid_text", MAX_TEXT);
        }
        return value.strip();
    }
}
