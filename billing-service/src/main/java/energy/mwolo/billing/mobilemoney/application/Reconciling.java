package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequests;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequests.DueCheck;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pending requests are asked about at the configured delays after their creation ({@code checks}: 30 s, 2 min,
 * 10 min, 1 h, 24 h by default) until they are final: a success is credited (once, whatever callbacks did), a
 * failure ends the request, and a request still pending after the last query expires. A late success callback still
 * credits an expired request.
 */
@Service
public class Reconciling {

    private static final Logger log = LoggerFactory.getLogger(Reconciling.class);
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MobileMoneyRequests requests;
    private final Map<Provider, ProviderGateway> gateways = new EnumMap<>(Provider.class);
    private final Settling settling;
    private final TransactionTemplate transactions;
    private final BusinessTime time;
    private final List<Duration> checks;

    Reconciling(MobileMoneyRequests requests, List<ProviderGateway> gateways, Settling settling,
                TransactionTemplate transactions, BusinessTime time, MobileMoneySettings settings) {
        this.requests = requests;
        gateways.forEach(gateway -> this.gateways.put(gateway.provider(), gateway));
        this.settling = settling;
        this.transactions = transactions;
        this.time = time;
        this.checks = settings.checks();
    }

    @Scheduled(fixedDelayString = "${mwolo.billing.mobile-money.check-poll:10s}",
            initialDelayString = "${mwolo.billing.mobile-money.check-poll:10s}")
    public void checkDue() {
        Instant now = time.now();
        List<DueCheck> due = transactions.execute(status -> requests.claimDue(now, now.plus(LEASE), BATCH));
        for (DueCheck check : due) {
            try {
                check(check);
            } catch (RuntimeException e) {
                log.warn("Status query of mobile-money request {} failed; asked again later", check.requestId(), e);
            }
        }
    }

    /** One status query of a claimed request, and what follows from its answer. */
    public Verdict check(DueCheck check) {
        Optional<MobileMoneyRequest> found = requests.find(check.requestId());
        if (found.isEmpty()) {
            return Verdict.UNKNOWN_REQUEST;
        }
        MobileMoneyRequest request = found.get();
        int made = check.checksMade() + 1;
        if (request.status().isFinal()) {
            requests.checked(request.id(), made - 1, null);
            return Verdict.ALREADY_FINAL;
        }
        Optional<ProviderReport> report = gateways.get(request.provider()).status(request);
        if (report.isPresent() && report.get().outcome() != Outcome.PENDING) {
            Verdict verdict = settling.settle(request.id(), report.get(), null);
            if (verdict != Verdict.UNCONFIRMED) {
                requests.checked(request.id(), made, null);
                return verdict;
            }
        }
        if (made < checks.size()) {
            requests.checked(request.id(), made, request.createdAt().plus(checks.get(made)));
            return Verdict.PENDING;
        }
        return transactions.execute(status -> {
            MobileMoneyRequest current = requests.lock(request.id()).orElseThrow();
            current.expire(time.now());
            requests.update(current, null);
            requests.checked(current.id(), made, null);
            return Verdict.PENDING;
        });
    }
}
