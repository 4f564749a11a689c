package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.RequestEvent;
import java.util.List;

/** Tells the platform what happened to a payment request, in the caller's transaction (the outbox). */
public interface RequestEventPublisher {

    void publish(MobileMoneyRequest request, List<RequestEvent> events);
}
