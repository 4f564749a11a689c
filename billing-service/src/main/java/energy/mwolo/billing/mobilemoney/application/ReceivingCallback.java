package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.application.CallbackLog.Judged;
import energy.mwolo.billing.mobilemoney.application.CallbackLog.StoredCallback;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway.CallbackReply;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequests;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.model.RequestStatus;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import energy.mwolo.billing.mobilemoney.paybill.application.ReceivingPaybill;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A provider's callback, from arrival to answer (MOBILE-MONEY.md, "Rules for billing"): read and authenticated by its
 * provider's adapter and stored raw in its own transaction, then answered; afterwards, and asynchronously, matched to
 * our request, its amount checked, confirmed by a status query unless a signature or hash proved it, and settled.
 * Whatever the verdict, forged and unexpected failures included, it is recorded with the callback and the provider
 * gets the answer it expects, so it does not retry forever; nothing here answers a 500.
 */
@Service
public class ReceivingCallback {

    private static final Logger log = LoggerFactory.getLogger(ReceivingCallback.class);
    private static final Duration RETRY_UNKNOWN = Duration.ofMillis(500);

    private final Map<Provider, ProviderGateway> gateways = new EnumMap<>(Provider.class);
    private final CallbackLog callbacks;
    private final MobileMoneyRequests requests;
    private final Settling settling;
    private final ReceivingPaybill paybill;
    private final CallbacksToJudge toJudge;
    private final TransactionTemplate transactions;
    private final Duration unknownRequestGrace;

    ReceivingCallback(List<ProviderGateway> gateways, CallbackLog callbacks, MobileMoneyRequests requests,
                      Settling settling, ReceivingPaybill paybill, CallbacksToJudge toJudge,
                      TransactionTemplate transactions,
                      @Value("${mwolo.billing.mobile-money.unknown-request-grace}") Duration unknownRequestGrace) {
        gateways.forEach(gateway -> this.gateways.put(gateway.provider(), gateway));
        this.callbacks = callbacks;
        this.requests = requests;
        this.settling = settling;
        this.paybill = paybill;
        this.toJudge = toJudge;
        this.transactions = transactions;
        this.unknownRequestGrace = unknownRequestGrace;
    }

    /**
     * Answers a callback as soon as it is stored: refused already when its adapter cannot read or authenticate it
     * (stored with that verdict, and the provider answered accordingly), else stored without a verdict for the
     * {@link CallbackWorkers} to judge, so that no answer waits on matching, status queries or crediting.
     */
    public CallbackReply receive(RawCallback callback) {
        ProviderGateway gateway = gateways.get(callback.provider());
        CallbackReading reading;
        try {
            reading = gateway.read(callback);
        } catch (RuntimeException e) {
            log.warn("Callback of {} could not be read; reconciliation will ask the provider",
                    callback.provider().code(), e);
            callbacks.store(callback, Verdict.ERROR, e.getClass().getSimpleName(), null);
            return gateway.reply(callback, Verdict.ERROR);
        }
        if (reading.isRejected()) {
            callbacks.store(callback, reading.rejection(), reading.detail(), reading.webhookId());
            return gateway.reply(callback, reading.rejection());
        }
        callbacks.store(callback, null, null, reading.webhookId());
        toJudge.arrived();
        return gateway.reply(callback, Verdict.ACCEPTED);
    }

    /**
     * Judges a batch of claimed callbacks and records their verdicts. Each is read again (the same bytes, the same
     * arrival time, so the same reading), matched and, unless its signature proved it, confirmed by a status query,
     * outside any transaction; then the successes and failures are settled and every verdict recorded in one
     * transaction, so a busy webhook pays one commit per batch rather than several per callback. That transaction locks
     * its requests first, in id order, as a lone settling does before its invoices: two batches naming the same
     * requests (copies of one callback) queue rather than deadlock. Should that transaction fail (a missing exchange
     * rate, a deadlock with another worker), it leaves nothing behind and the batch is settled again one callback per
     * transaction: one callback cannot hold the others back, and the one that fails is recorded in error. Judging the
     * same callback twice (a worker's claim ran out while it was still at work) credits nothing twice: crediting is
     * once per provider transaction. A callback naming no request of ours within {@code unknown-request-grace} of its
     * arrival is put back, without a verdict, to be judged again half a second later.
     */
    public void judgeStored(List<StoredCallback> batch) {
        Set<String> settledWebhookIds = new HashSet<>();
        List<Judgement> judged = new ArrayList<>(batch.size());
        for (StoredCallback stored : batch) {
            Judgement judgement = judgeWithoutSettling(stored, settledWebhookIds);
            if (judgement.verdict == Verdict.UNKNOWN_REQUEST
                    && Instant.now().isBefore(stored.callback().receivedAt().plus(unknownRequestGrace))) {
                // A request is committed once its provider has answered (with the HTTP request's transaction), and
                // a provider may call back sooner: the callback waits for it a while before it is judged unknown.
                callbacks.postpone(stored.id(), RETRY_UNKNOWN);
            } else {
                judged.add(judgement);
            }
        }
        if (judged.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                requests.lockInIdOrder(judged.stream().filter(j -> j.toSettle != null).map(Judgement::requestId)
                        .toList());
                callbacks.judge(judged.stream().map(this::settled).toList());
            });
        } catch (RuntimeException e) {
            log.info("Settling {} callbacks together failed ({}); settling them one by one", judged.size(),
                    e.toString());
            judged.forEach(judgement -> callbacks.judge(List.of(settledAlone(judgement))));
        }
    }

    /** A body past the size limit: stored (cut) with its verdict, never read. */
    public void refuseTooLarge(RawCallback cut) {
        callbacks.store(cut, Verdict.TOO_LARGE, null, null);
    }

    private Judgement judgeWithoutSettling(StoredCallback stored, Set<String> settledWebhookIds) {
        try {
            Judgement judgement = judge(stored.id(), stored.callback(), gateways.get(stored.callback().provider()),
                    settledWebhookIds);
            if (judgement.toSettle != null && judgement.webhookId != null) {
                settledWebhookIds.add(judgement.webhookId);
            }
            return judgement;
        } catch (RuntimeException e) {
            log.warn("Callback {} of {} could not be judged; reconciliation will ask the provider", stored.id(),
                    stored.callback().provider().code(), e);
            return Judgement.of(stored.id(), Verdict.ERROR, e.getClass().getSimpleName(), null, null);
        }
    }

    /** The verdict of a judgement, settling its report first when it has one: in the caller's transaction. */
    private Judged settled(Judgement judgement) {
        if (judgement.toSettle == null) {
            return judgement.judged(judgement.verdict);
        }
        return judgement.judged(settling.settle(judgement.requestId, judgement.toSettle, judgement.callbackId));
    }

    /** Settled in a transaction of its own; a failure is this callback's verdict, in error. */
    private Judged settledAlone(Judgement judgement) {
        try {
            return settled(judgement);
        } catch (RuntimeException e) {
            log.warn("Callback {} could not be settled; reconciliation will ask the provider", judgement.callbackId,
                    e);
            return new Judged(judgement.callbackId, Verdict.ERROR, e.getClass().getSimpleName(),
                    judgement.requestId, judgement.webhookId);
        }
    }

    /**
     * The verdict on a callback, or the report to settle; a webhook id already settled, before or earlier in the
     * batch, is a replay.
     */
    private Judgement judge(long id, RawCallback callback, ProviderGateway gateway, Set<String> settledWebhookIds) {
        CallbackReading reading = gateway.read(callback);
        String webhookId = reading.webhookId();
        if (reading.isRejected()) {
            return Judgement.of(id, reading.rejection(), reading.detail(), null, webhookId);
        }
        if (webhookId != null && (settledWebhookIds.contains(webhookId)
                || callbacks.seenWebhookId(callback.provider().code(), webhookId, id))) {
            return Judgement.of(id, Verdict.REPLAYED, null, null, webhookId);
        }
        if (callback.paybill()) {
            // No request of ours: the paybill feature confirms, matches and credits or parks it.
            ReceivingPaybill.Judged judged = paybill.judge(id, callback, reading, gateway);
            return Judgement.of(id, judged.verdict(), judged.detail(), null, webhookId);
        }
        Optional<MobileMoneyRequest> matched = match(reading, callback.provider());
        if (matched.isEmpty()) {
            return Judgement.of(id, Verdict.UNKNOWN_REQUEST, reading.reference(), null, webhookId);
        }
        MobileMoneyRequest request = matched.get();
        ProviderReport report = reading.report();
        if (report.amount() != null && !request.collects(report.amount())) {
            return Judgement.of(id, Verdict.HELD_MISMATCH, "reported " + report.amount() + ", requested "
                    + request.amount(), request.id(), webhookId);
        }
        if (report.outcome() == Outcome.SUCCEEDED && request.status() == RequestStatus.SUCCEEDED) {
            // A duplicate or a later copy of a success already credited: nothing to confirm, nothing to credit.
            return Judgement.of(id, Verdict.ALREADY_CREDITED, report.reason(), request.id(), webhookId);
        }
        boolean failureOfACredit = report.outcome() == Outcome.FAILED
                && request.status() == RequestStatus.SUCCEEDED;
        if (!failureOfACredit && !gateway.proves(reading, request)) {
            Optional<ProviderReport> confirmed = gateway.status(request);
            if (confirmed.isEmpty() || confirmed.get().outcome() != report.outcome()) {
                return Judgement.of(id, Verdict.UNCONFIRMED, confirmed.map(c -> "status query: " + c.outcome())
                        .orElse("status query unanswered"), request.id(), webhookId);
            }
            report = withTransactionOf(report, confirmed.get());
        }
        return new Judgement(id, null, report.reason(), request.id(), webhookId, report);
    }

    private Optional<MobileMoneyRequest> match(CallbackReading reading, Provider provider) {
        Optional<MobileMoneyRequest> found = reading.reference() != null
                ? requests.findByReference(reading.reference())
                : reading.notifToken() != null ? requests.findByNotifToken(reading.notifToken()) : Optional.empty();
        return found.filter(request -> request.provider() == provider)
                .filter(request -> reading.conversationId() == null
                        || request.providerIds().conversationId() == null
                        || Objects.equals(reading.conversationId(), request.providerIds().conversationId()));
    }

    /** The provider's own answer names the transaction when the callback did not. */
    private static ProviderReport withTransactionOf(ProviderReport reported, ProviderReport confirmed) {
        String transactionId = reported.transactionId() != null ? reported.transactionId()
                : confirmed.transactionId();
        return new ProviderReport(reported.outcome(), transactionId, reported.reason(), reported.amount());
    }

    /** A verdict, or a report to settle ({@code toSettle}) whose settling gives the verdict. */
    private record Judgement(long callbackId, Verdict verdict, String detail, UUID requestId, String webhookId,
                             ProviderReport toSettle) {

        static Judgement of(long callbackId, Verdict verdict, String detail, UUID requestId, String webhookId) {
            return new Judgement(callbackId, verdict, detail, requestId, webhookId, null);
        }

        Judged judged(Verdict settled) {
            return new Judged(callbackId, settled, detail, requestId, webhookId);
        }
    }
}
