package energy.mwolo.billing.documents.model;

import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.Money;
import java.math.BigDecimal;

/**
 * An amount written out in French as invoices state their total: "mille deux cent trente-quatre dollars américains
 * et cinquante-six cents", "un million de francs congolais". The currency's name is singular below two, takes "de"
 * after a round million or milliard, and the cents are left out when there are none.
 */
public final class AmountInWords {

    private AmountInWords() {
    }

    public static String of(Money money) {
        BigDecimal amount = money.amount().abs();
        long major = amount.longValue();
        int minor = amount.remainder(BigDecimal.ONE).movePointRight(money.currency().scale()).intValueExact();
        Names names = Names.of(money.currency());
        String words;
        if (minor == 0) {
            words = major(major, names);
        } else if (major == 0) {
            words = FrenchWords.of(minor) + " " + (minor > 1 ? names.minorPlural : names.minor);
        } else {
            words = major(major, names) + " et " + FrenchWords.of(minor) + " "
                    + (minor > 1 ? names.minorPlural : names.minor);
        }
        return money.isNegative() ? "moins " + words : words;
    }

    private static String major(long major, Names names) {
        String name = major > 1 ? names.majorPlural : names.major;
        return FrenchWords.of(major) + (FrenchWords.endsWithMillions(major) ? " de " : " ") + name;
    }

    private record Names(String major, String majorPlural, String minor, String minorPlural) {

        static Names of(Currency currency) {
            return switch (currency) {
                case USD -> new Names("dollar américain", "dollars américains", "cent", "cents");
                case CDF -> new Names("franc congolais", "francs congolais", "centime", "centimes");
            };
        }
    }
}
