package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Money;
import java.util.Objects;

/**
 * What a document's QR code carries: {@code MWOLO|FAC-2026-000123|1234.56|USD}, the document's number, its amount
 * as JSON writes money, and the currency. Short on purpose: a small code stays readable by a phone at the size of
 * a thumbnail, and the number is enough to find everything else.
 */
public record DocumentCode(String number, Money amount) {

    public static final String PREFIX = "MWOLO";

    public DocumentCode {
        DocumentChecks.text(number, "number");
        Objects.requireNonNull(amount, "amount");
    }

    public String text() {
        return PREFIX + "|" + number + "|" + amount.text() + "|" + amount.currency();
    }
}
