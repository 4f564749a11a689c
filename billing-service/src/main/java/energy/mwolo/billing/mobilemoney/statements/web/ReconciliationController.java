package energy.mwolo.billing.mobilemoney.statements.web;

import energy.mwolo.billing.kernel.Codes;
import energy.mwolo.billing.mobilemoney.statements.application.ReconcilingStatements;
import energy.mwolo.billing.mobilemoney.statements.model.DailyReconciliation;
import energy.mwolo.billing.mobilemoney.statements.model.ReconciliationLine;
import energy.mwolo.billing.mobilemoney.statements.model.ReconciliationLine.Kind;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
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

    record ReportResponse(String provider, LocalDate date, Instant generatedAt, long matched, long missingOnOurSide,
                          long missingOnTheirSide, long amountDifferences, List<LineResponse> lines) {

        static ReportResponse from(DailyReconciliation report) {
            return new ReportResponse(report.provider().code(), report.day(), report.generatedAt(),
                    report.count(Kind.MATCHED), report.count(Kind.MISSING_OURS), report.count(Kind.MISSING_THEIRS),
                    report.count(Kind.AMOUNT_DIFFERENCE), report.lines().stream().map(LineResponse::from).toList());
        }
    }

    /** {@code kind}: {@code matched}, {@code missing_ours}, {@code missing_theirs}, {@code amount_difference}. */
    record LineResponse(String kind, String providerTransactionId, String reference, UUID client, String ours,
                        String theirs, String currency, String theirStatus) {

        static LineResponse from(ReconciliationLine line) {
            return new LineResponse(Codes.of(line.kind()), line.transactionId(), line.reference(), line.clientId(),
                    plain(line.ours()), plain(line.theirs()), line.currency(), line.theirStatus());
        }

        private static String plain(BigDecimal amount) {
            return amount == null ? null : amount.toPlainString();
        }
    }
}
