package energy.mwolo.billing.invoices.model;

import energy.mwolo.billing.kernel.Money;
import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;

/** More than the invoice still asks: a credit note or an allocation above the balance (422). */
public class AmountExceedsBalance extends DomainException {

    AmountExceedsBalance(String code, Money amount, Money balance) {
        super(ErrorKind.UNPROCESSABLE, code, "amount", amount.text(), balance.text(), balance.currency().name());
    }
}
