package energy.mwolo.hr.payroll.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/** The progressive annual IPR scale: contiguous bands from zero, the last one open. */
public record TaxScale(List<Bracket> brackets) {

    public TaxScale {
        brackets = brackets.stream().sorted(Comparator.comparing(Bracket::from)).toList();
        if (brackets.isEmpty() || brackets.get(0).from().signum() != 0) {
            throw new IllegalArgumentException("An IPR scale starts at zero");
        }
        for (int i = 1; i < brackets.size(); i++) {
            if (brackets.get(i - 1).upTo() == null || brackets.get(i - 1).upTo().compareTo(brackets.get(i).from()) != 0) {
                throw new IllegalArgumentException("IPR brackets must follow each other without gap");
            }
        }
        if (brackets.get(brackets.size() - 1).upTo() != null) {
            throw new IllegalArgumentException("The last IPR bracket has no end");
        }
    }

    /** The tax on a year's income, unrounded. */
    public BigDecimal annualTax(BigDecimal annualIncome) {
        return brackets.stream().map(bracket -> bracket.taxOn(annualIncome)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
