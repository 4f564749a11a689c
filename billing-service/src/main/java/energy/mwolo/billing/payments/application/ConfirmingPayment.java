package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.payments.model.Payment;
import energy.mwolo.billing.payments.model.PaymentId;
import energy.mwolo.billing.payments.model.Payments;
import energy.mwolo.contracts.billing.PaymentFailed;
import energy.mwolo.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank's answer on a pending payment: confirmed (allocated now, PaymentReceived) or failed (PaymentFailed,
 * nothing counted). Either happens once: a second answer is a 409 on the payment's status.
 */
@Service
public class ConfirmingPayment {

    private final Payments payments;
    private final Settlement settlement;

    ConfirmingPayment(Payments payments, Settlement settlement) {
        this.payments = payments;
        this.settlement = settlement;
    }

    @Transactional
    public Payment confirm(PaymentId id, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        Payment payment = payments.lock(id).orElseThrow(() -> PaymentRefused.notFound(id.value()));
        settlement.confirm(payment);
        return payment;
    }

    /** @param reason one of {@link PaymentFailed#REASONS} */
    @Transactional
    public Payment fail(PaymentId id, String reason, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        if (reason == null || !PaymentFailed.REASONS.contains(reason.strip())) {
            throw PaymentRefused.unknownFailureReason(reason);
        }
        Payment payment = payments.lock(id).orElseThrow(() -> PaymentRefused.notFound(id.value()));
        settlement.fail(payment, reason.strip());
        return payment;
    }
}
