package energy.mwolo.billing.mobilemoney.statements.web;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.mobilemoney.statements.application.ReconcilingStatements;
import energy.mwolo.billing.mobilemoney.statements.model.DailyReconciliation;
import energy.mwolo.billing.mobilemoney.statements.model.ReconciliationLine;
import energy.mwolo.billing.mobilemoney.statements.model.ReconciliationLine.Kind;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A provider's day reconciled with our credits, for accountants. */
@RestController
@RequestMapping("/api/billing/mobile-money/reconciliation")
class ReconciliationController {

    private final ReconcilingStatements reconciling;

    ReconciliationController(ReconcilingStatements reconciling) {
        this.reconciling = reconciling;
    }

    @Operation(summary = "Rapprochement du jour avec le relevé d'un opérateur")
    @GetMapping({"/{provider}/{date}", "/{provider}/{date}/"})
    ReportResponse report(@PathVariable String provider, @PathVariable String date, CurrentUser user) {
        return ReportResponse.from(reconciling.report(provider, date, user));
    }

    /**
     * A provider's statement of one Africa/Kinshasa day against the payments we credited. A past day's report is
     * kept and served as it was generated; today's is computed again at each call, the day not being over.
     *
     * @param provider           the provider reconciled: {@code mpesa}, {@code airtel}, {@code orange} or
     *                           {@code aggregator}
     * @param date               the day reconciled, ISO {@code yyyy-MM-dd}
     * @param generatedAt        when the report was computed, ISO-8601 UTC
     * @param matched            lines of kind {@code matched}
     * @param missingOnOurSide   lines of kind {@code missing_ours}
     * @param missingOnTheirSide lines of kind {@code missing_theirs}
     * @param amountDifferences  lines of kind {@code amount_difference}
     * @param lines              every transaction looked at: the statement's successes in its order, then our credits
     *                           it does not show as a success
     */
    record ReportResponse(String provider, LocalDate date, Instant generatedAt, long matched, long missingOnOurSide,
                          long missingOnTheirSide, long amountDifferences, List<LineResponse> lines) {

        static ReportResponse from(DailyReconciliation report) {
            return new ReportResponse(report.provider().code(), report.day(), report.generatedAt(),
                    report.count(Kind.MATCHED), report.count(Kind.MISSING_OURS), report.count(Kind.MISSING_THEIRS),
                    report.count(Kind.AMOUNT_DIFFERENCE), report.lines().stream().map(LineResponse::from).toList());
        }
    }

    /**
     * One provider transaction as the reconciliation found it.
     *
     * @param kind                  {@code matched} (credited by us and collected by them, same amount and currency),
     *                              {@code missing_ours} (collected by them, never credited by us: a lost callback, a
     *                              parked paybill payment), {@code missing_theirs} (credited by us, not a success on
     *                              their statement) or {@code amount_difference} (on both sides, for other amounts or
     *                              currencies)
     * @param providerTransactionId the provider's transaction id
     * @param reference             our payment request's reference, or the account reference a paybill payment named;
     *                              for {@code missing_ours}, the one the statement gives (may be null)
     * @param client                the CRM client we credited; null for {@code missing_ours}
     * @param ours                  the amount we credited, a decimal string; null for {@code missing_ours}
     * @param theirs                the amount the statement books, a decimal string; null for {@code missing_theirs}
     * @param currency              {@code CDF} or {@code USD}: ours when we credited it, else the statement's
     * @param theirStatus           the status the statement gives the transaction ({@code SUCCEEDED},
     *                              {@code FAILED}, {@code PENDING}, ...); null when the statement does not list it
     */
    record LineResponse(String kind, String providerTransactionId, String reference, UUID client,
                        @Schema(format = "decimal") String ours,
                        @Schema(format = "decimal") String theirs, String currency, String theirStatus) {

        static LineResponse from(ReconciliationLine line) {
            return new LineResponse(Codes.of(line.kind()), line.transactionId(), line.reference(), line.clientId(),
                    plain(line.ours()), plain(line.theirs()), line.currency(), line.theirStatus());
        }

        private static String plain(BigDecimal amount) {
            return amount == null ? null : amount.toPlainString();
        }
    }
}
