package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.util.List;

/** What invoices and credit notes share: lines, taxes per rate and totals, all in one currency. */
public interface LinedDocument {

    String number();

    Currency currency();

    List<DocumentLine> lines();

    Money subtotal();

    List<TaxAmount> taxes();

    Money total();
}
