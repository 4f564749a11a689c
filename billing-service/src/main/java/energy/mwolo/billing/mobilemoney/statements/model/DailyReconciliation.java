package energy.mwolo.billing.mobilemoney.statements.model;

import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.statements.model.ReconciliationLine.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A provider's statement of one Kinshasa day against our credits: every successful line is matched by its
 * transaction id with our credit (same amount and currency: matched, else an amount difference) or is missing on
 * our side; every credit of ours that the statement does not show as a success is missing on theirs. The credits
 * compared are those whose request (or paybill notification) came that day, and any other the statement names.
 */
public record DailyReconciliation(Provider provider, LocalDate day, Instant generatedAt,
                                  List<ReconciliationLine> lines) {

    public DailyReconciliation {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(generatedAt, "generatedAt");
        lines = List.copyOf(lines);
    }

    public static DailyReconciliation of(Provider provider, LocalDate day, List<StatementLine> statement,
                                         List<CreditedPayment> ours, Instant now) {
        Map<String, CreditedPayment> credited = ours.stream().collect(Collectors.toMap(CreditedPayment::transactionId,
                Function.identity(), (first, second) -> first, LinkedHashMap::new));
        Map<String, StatementLine> listed = statement.stream().collect(Collectors.toMap(StatementLine::transactionId,
                Function.identity(), (first, second) -> first.succeeded() ? first : second, LinkedHashMap::new));
        List<ReconciliationLine> lines = new ArrayList<>();
        for (StatementLine line : listed.values()) {
            if (!line.succeeded()) {
                continue;
            }
            CreditedPayment credit = credited.get(line.transactionId());
            if (credit == null) {
                lines.add(new ReconciliationLine(Kind.MISSING_OURS, line.transactionId(), line.reference(), null,
                        null, line.amount(), line.currency(), line.status()));
            } else {
                boolean same = credit.currency().equals(line.currency())
                        && credit.amount().compareTo(line.amount()) == 0;
                lines.add(new ReconciliationLine(same ? Kind.MATCHED : Kind.AMOUNT_DIFFERENCE, line.transactionId(),
                        credit.reference(), credit.clientId(), credit.amount(), line.amount(), credit.currency(),
                        line.status()));
            }
        }
        for (CreditedPayment credit : credited.values()) {
            StatementLine line = listed.get(credit.transactionId());
            if (line == null || !line.succeeded()) {
                lines.add(new ReconciliationLine(Kind.MISSING_THEIRS, credit.transactionId(), credit.reference(),
                        credit.clientId(), credit.amount(), null, credit.currency(),
                        line == null ? null : line.status()));
            }
        }
        return new DailyReconciliation(provider, day, now, lines);
    }

    public long count(Kind kind) {
        return lines.stream().filter(line -> line.kind() == kind).count();
    }
}
