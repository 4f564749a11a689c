package energy.mwolo.hr.payroll.pdf;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, months and dates as a French payslip writes them: {@code 3 705 000,00}, {@code mars 2026}. */
final class FrenchFormat {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", FRENCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);

    private FrenchFormat() {
    }

    static String amount(BigDecimal value) {
        return format("#,##0.00", value);
    }

    static String rate(BigDecimal value) {
        return format("#,##0.0000", value);
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(FRENCH);
        // a no-break space groups thousands: the line never breaks inside an amount, and the font has the glyph
        symbols.setGroupingSeparator('\u00A0');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
