package energy.mwolo.mobilemoney.simulator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a provider's statement disagrees with what it told billing, as reconciliation must catch it: a payment
 * booked for another amount than it reported, or left out of the statement altogether. Callbacks and status
 * queries are unchanged: only the statement shows the difference.
 */
final class Books {

    private final Map<String, BigDecimal> bookedAmounts = new HashMap<>();
    private final Set<String> leftOut = new HashSet<>();

    synchronized void book(String transactionId, BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new IllegalArgumentException("A booked amount is positive with 2 decimals at most: " + amount);
        }
        bookedAmounts.put(transactionId, amount);
    }

    synchronized void leaveOut(String transactionId) {
        leftOut.add(transactionId);
    }

    /** The payments as the statement shows them: the left-out ones removed, the booked amounts put in. */
    synchronized List<Payment> asBooked(List<Payment> payments) {
        return payments.stream().filter(payment -> !leftOut.contains(payment.id())).map(this::booked).toList();
    }

    private Payment booked(Payment payment) {
        BigDecimal amount = bookedAmounts.get(payment.id());
        return amount == null ? payment : new Payment(payment.id(), payment.provider(), payment.reference(),
                payment.msisdn(), amount, payment.currency(), payment.status(), payment.code(), payment.pulled(),
                payment.createdAt(), payment.completedAt());
    }

    synchronized void clear() {
        bookedAmounts.clear();
        leftOut.clear();
    }
}
