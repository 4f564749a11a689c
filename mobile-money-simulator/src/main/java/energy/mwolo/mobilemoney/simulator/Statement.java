package energy.mwolo.mobilemoney.simulator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * A provider's daily statement, as reconciliation reads it: every payment the provider holds for a business day in
 * Kinshasa, whether or not billing heard of it (dropped callbacks, paybill payments), final or not.
 */
final class Statement {

    static final ZoneId KINSHASA = ZoneId.of("Africa/Kinshasa");
    static final String HEADER = "date,provider_transaction_id,reference,msisdn,amount,currency,status";

    private Statement() {
    }

    /** CSV (RFC 4180, CRLF line ends) with a header line, in the order the payments arrived. */
    static String csv(LocalDate day, List<Payment> payments) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        payments.stream()
                .filter(payment -> payment.createdAt().atZone(KINSHASA).toLocalDate().equals(day))
                .sorted(Comparator.comparing(Payment::createdAt))
                .forEach(payment -> csv.append(String.join(",", day.toString(), cell(payment.id()),
                        cell(payment.reference()), cell(payment.msisdn()), payment.amount().toPlainString(),
                        payment.currency(), payment.status().name())).append("\r\n"));
        return csv.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("[^\",\r\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
