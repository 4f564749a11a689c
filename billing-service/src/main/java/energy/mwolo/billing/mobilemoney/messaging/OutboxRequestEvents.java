package energy.mwolo.billing.mobilemoney.messaging;

import energy.mwolo.billing.mobilemoney.application.RequestEventPublisher;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.RequestEvent;
import energy.mwolo.billing.mobilemoney.model.RequestStatus;
import energy.mwolo.contracts.billing.MobileMoneyPaymentEnded;
import energy.mwolo.contracts.billing.MobileMoneyPaymentStarted;
import energy.mwolo.platform.outbox.Outbox;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code billing.payment.events}, key = request id: MobileMoneyPaymentStarted when a request is saved (before the
 * provider is asked, so that no crash can leave a customer paying without a hold on its disconnection), with a hold
 * of 30 minutes; MobileMoneyPaymentEnded when it is credited, fails or expires, and again as credited when money
 * arrives after a failure or an expiry.
 */
@Component
class OutboxRequestEvents implements RequestEventPublisher {

    static final Duration HOLD = Duration.ofMinutes(30);

    private final Outbox outbox;

    OutboxRequestEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(MobileMoneyRequest request, List<RequestEvent> events) {
        String key = request.id().toString();
        for (RequestEvent event : events) {
            if (event instanceof RequestEvent.Started started) {
                outbox.publish(MobileMoneyPaymentStarted.CONTRACT, key, started(request, started));
            } else if (event instanceof RequestEvent.Ended ended) {
                outbox.publish(MobileMoneyPaymentEnded.CONTRACT, key, new MobileMoneyPaymentEnded(request.id(),
                        request.clientId(), outcome(ended.outcome()), ended.occurredAt()));
            }
        }
    }

    private static MobileMoneyPaymentStarted started(MobileMoneyRequest request, RequestEvent.Started event) {
        return new MobileMoneyPaymentStarted(request.id(), request.reference(), request.clientId(),
                request.invoiceIds(), request.payerOperatorCode(), request.amount().amount(),
                request.amount().currency().name(), MobileMoneyPaymentStarted.mask(request.msisdn().national()),
                event.occurredAt().plus(HOLD), event.occurredAt());
    }

    private static String outcome(RequestStatus status) {
        return switch (status) {
            case SUCCEEDED -> MobileMoneyPaymentEnded.CREDITED;
            case FAILED -> MobileMoneyPaymentEnded.FAILED;
            case EXPIRED -> MobileMoneyPaymentEnded.EXPIRED;
            case PENDING -> throw new IllegalArgumentException("a request does not end pending");
        };
    }
}
