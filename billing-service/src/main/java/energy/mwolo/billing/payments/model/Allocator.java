package energy.mwolo.billing.payments.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads an amount over invoices in the order given. An invoice gets what the amount is worth in its currency, up to
 * its balance; when the balance is the smaller, what leaves the payment is the balance converted back (half-even, at
 * least one cent, never more than what is left). Whatever cannot be placed is the payment's credit.
 */
public final class Allocator {

    private Allocator() {
    }

    public static List<Allocation> spread(Money available, Conversion conversion, List<OpenInvoice> invoices) {
        List<Allocation> allocations = new ArrayList<>();
        Money left = available;
        for (OpenInvoice invoice : invoices) {
            if (!left.isPositive()) {
                break;
            }
            if (!invoice.balance().isPositive()) {
                continue;
            }
            Money worth = convert(conversion, left, invoice.balance().currency());
            if (!worth.isPositive()) {
                continue;
            }
            if (!worth.isGreaterThan(invoice.balance())) {
                allocations.add(new Allocation(invoice.id(), left, worth));
                left = left.minus(left);
                continue;
            }
            Money taken = convert(conversion, invoice.balance(), left.currency());
            Money cent = Money.rounded(BigDecimal.ONE.movePointLeft(left.currency().scale()),
                    left.currency());
            if (!taken.isPositive()) {
                taken = cent;
            }
            if (taken.isGreaterThan(left)) {
                taken = left;
            }
            allocations.add(new Allocation(invoice.id(), taken, invoice.balance()));
            left = left.minus(taken);
        }
        return List.copyOf(allocations);
    }

    private static Money convert(Conversion conversion, Money money, Currency target) {
        if (money.currency() == target) {
            return money;
        }
        if (conversion == null) {
            throw new IllegalStateException("No rate to convert " + money + " to " + target);
        }
        return conversion.convert(money, target);
    }
}
