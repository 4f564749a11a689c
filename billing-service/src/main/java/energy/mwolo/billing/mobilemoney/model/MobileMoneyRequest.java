package energy.mwolo.billing.mobilemoney.model;

import energy.mwolo.billing.kernel.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A request to a provider to collect an amount from a customer's number, under our own unique reference. It is
 * pending until the provider ends it: succeeded (the money is ours: credited once), failed (with the provider's
 * reason) or expired (no final answer after the last status query). Money that arrives is a fact: a success is
 * accepted even after a failure or an expiry (a late callback), while a failure after a success changes nothing
 * here (the caller raises an alert).
 */
public final class MobileMoneyRequest {

    private final UUID id;
    private final String reference;
    private final UUID clientId;
    private final Money amount;
    private final List<UUID> invoiceIds;
    private final Provider provider;
    private final Msisdn msisdn;
    private final UUID requestedBy;
    private final Instant createdAt;
    private RequestStatus status;
    private String failureReason;
    private ProviderIds providerIds;
    private Instant completedAt;
    private final List<RequestEvent> events = new ArrayList<>();

    private MobileMoneyRequest(UUID id, String reference, UUID clientId, Money amount, List<UUID> invoiceIds,
                               Provider provider, Msisdn msisdn, UUID requestedBy, Instant createdAt,
                               RequestStatus status, String failureReason, ProviderIds providerIds,
                               Instant completedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.invoiceIds = List.copyOf(invoiceIds);
        this.provider = Objects.requireNonNull(provider, "provider");
        this.msisdn = Objects.requireNonNull(msisdn, "msisdn");
        this.requestedBy = requestedBy;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.failureReason = failureReason;
        this.providerIds = providerIds == null ? ProviderIds.NONE : providerIds;
        this.completedAt = completedAt;
    }

    /** A new request, pending, before the provider is called; the number must be one the provider serves. */
    public static MobileMoneyRequest open(UUID id, String reference, UUID clientId, Money amount,
                                          List<UUID> invoiceIds, Provider provider, Msisdn msisdn, UUID requestedBy,
                                          Instant now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment request collects a positive amount: " + amount);
        }
        MobileMoneyRequest request = new MobileMoneyRequest(id, reference, clientId, amount, invoiceIds, provider,
                msisdn.requireServedBy(provider), requestedBy, now, RequestStatus.PENDING, null, ProviderIds.NONE,
                null);
        request.events.add(new RequestEvent.Started(now));
        return request;
    }

    public static MobileMoneyRequest restore(UUID id, String reference, UUID clientId, Money amount,
                                             List<UUID> invoiceIds, Provider provider, Msisdn msisdn,
                                             UUID requestedBy, Instant createdAt, RequestStatus status,
                                             String failureReason, ProviderIds providerIds, Instant completedAt) {
        return new MobileMoneyRequest(id, reference, clientId, amount, invoiceIds, provider, msisdn, requestedBy,
                createdAt, status, failureReason, providerIds, completedAt);
    }

    /** The provider took the request in and named it. */
    public void acknowledged(ProviderIds ids) {
        providerIds = providerIds.merge(ids);
    }

    /**
     * The money is ours. False when it already was (nothing changes); a failed or expired request succeeds late.
     */
    public boolean succeed(String transactionId, Instant now) {
        if (status == RequestStatus.SUCCEEDED) {
            return false;
        }
        providerIds = providerIds.merge(new ProviderIds(null, transactionId, null, null));
        status = RequestStatus.SUCCEEDED;
        failureReason = null;
        completedAt = now;
        events.add(new RequestEvent.Ended(status, now));
        return true;
    }

    /** The provider refused or the customer declined. False when already final: a success is never undone here. */
    public boolean fail(String reason, Instant now) {
        return end(RequestStatus.FAILED, reason, now);
    }

    /** No final answer after the last status query. */
    public boolean expire(Instant now) {
        return end(RequestStatus.EXPIRED, "no final answer from the provider", now);
    }

    private boolean end(RequestStatus outcome, String reason, Instant now) {
        if (status.isFinal()) {
            return false;
        }
        status = outcome;
        failureReason = reason == null ? null : reason.substring(0, Math.min(reason.length(), 300));
        completedAt = now;
        events.add(new RequestEvent.Ended(status, now));
        return true;
    }

    /** What happened since it was opened or restored, each told once. */
    public List<RequestEvent> pullEvents() {
        List<RequestEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** The operator whose customer pays, as payments and events name it (see {@link Msisdn#payerCode}). */
    public String payerOperatorCode() {
        return msisdn.payerCode(provider);
    }

    /** The amount and currency a provider reports are the ones we asked for. */
    public boolean collects(Money reported) {
        return reported.currency() == amount.currency() && reported.compareTo(amount) == 0;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public UUID clientId() {
        return clientId;
    }

    public Money amount() {
        return amount;
    }

    public List<UUID> invoiceIds() {
        return invoiceIds;
    }

    public Provider provider() {
        return provider;
    }

    public Msisdn msisdn() {
        return msisdn;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public RequestStatus status() {
        return status;
    }

    public String failureReason() {
        return failureReason;
    }

    public ProviderIds providerIds() {
        return providerIds;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
