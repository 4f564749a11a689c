package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.kernel.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A payment as the list shows it; {@code credit} is what it still holds (zero unless confirmed). */
public record PaymentSummary(UUID id, String number, UUID clientId, Money amount, String method, String status,
                             LocalDate receivedOn, String reference, Money credit) {
}
