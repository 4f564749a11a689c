package energy.mwolo.platformtest.archfixture.good.billing.model;

import java.math.BigDecimal;

/** A plain domain type. */
public record Invoice(String number, BigDecimal amount) {
}
