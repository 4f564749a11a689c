package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.payments.model.PaymentMethod;
import energy.mwolo.billing.payments.model.PaymentStatus;
import java.time.LocalDate;
import java.util.UUID;

/** Filters of the payments list; {@code from} and {@code to} are received days, both included. */
public record PaymentQuery(UUID client, PaymentStatus status, PaymentMethod method, LocalDate from, LocalDate to,
                           BillingAccess.ReadScope scope) {
}
