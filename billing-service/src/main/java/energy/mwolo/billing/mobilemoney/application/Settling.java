package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequestNotFound;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequests;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.RequestStatus;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import energy.mwolo.billing.mobilemoney.reversals.ReversalAlerts;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a verified report (a trusted callback or a status answer) to its request: a success is credited once, a
 * failure ends a pending request, and a failure of a request already credited raises an alert (the metric
 * {@code billing.mobile_money.contradictions} and an error log) without reversing anything: an accountant decides.
 */
@Service
public class Settling {

    private static final Logger log = LoggerFactory.getLogger(Settling.class);

    private final MobileMoneyRequests requests;
    private final MobileMoneyCrediting crediting;
    private final BusinessTime time;
    private final MeterRegistry meters;
    private final ReversalAlerts reversals;

    Settling(MobileMoneyRequests requests, MobileMoneyCrediting crediting, BusinessTime time, MeterRegistry meters,
             ReversalAlerts reversals) {
        this.requests = requests;
        this.crediting = crediting;
        this.time = time;
        this.meters = meters;
        this.reversals = reversals;
    }

    @Transactional
    public Verdict settle(UUID requestId, ProviderReport report, Long callbackId) {
        return switch (report.outcome()) {
            case SUCCEEDED -> report.transactionId() == null ? Verdict.UNCONFIRMED
                    : crediting.credit(requestId, report.transactionId(), callbackId);
            case FAILED -> fail(requestId, report, callbackId);
            case PENDING -> Verdict.PENDING;
        };
    }

    private Verdict fail(UUID requestId, ProviderReport report, Long callbackId) {
        MobileMoneyRequest request = requests.lock(requestId)
                .orElseThrow(() -> new MobileMoneyRequestNotFound(requestId));
        if (request.status() == RequestStatus.SUCCEEDED) {
            meters.counter("billing.mobile_money.contradictions", "provider", request.provider().code()).increment();
            log.error("Provider {} reports a failure ({}) of request {} already credited: not reversed, to review",
                    request.provider().code(), report.reason(), request.reference());
            // Told once per provider transaction as an alert event (reversals package); the credit stays.
            reversals.reportedForRequest(requestId, report.reason(), callbackId);
            return Verdict.CONTRADICTS_SUCCESS;
        }
        if (!request.fail(report.reason(), time.now())) {
            return Verdict.ALREADY_FINAL;
        }
        requests.update(request, null);
        return Verdict.FAILED;
    }
}
