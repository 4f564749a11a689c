package energy.mwolo.platformtest.archfixture.bad.billing.model;

import java.math.BigDecimal;

/** A domain type that the bad controllers put on the wire. */
public record Invoice(String number, BigDecimal amount) {
}
