package energy.mwolo.billing.documents.model;

/**
 * Whole numbers in French words, as written on a cheque or an invoice total ("Arrêtée la présente facture à la somme
 * de ..."), from zero to 999 999 999 999, in the traditional spelling: hyphens only inside the tens ("trente-quatre",
 * "quatre-vingt-dix-neuf"), "et" before un and onze from vingt to soixante-dix ("vingt et un", "soixante et onze",
 * but "quatre-vingt-un"), vingt and cent plural when multiplied and ending the number or followed by millions or
 * milliards ("quatre-vingts", "deux cents millions", but "deux cent mille"), mille invariable and never preceded by
 * "un", million and milliard nouns that take the plural.
 */
public final class FrenchWords {

    public static final long MAX = 999_999_999_999L;

    private static final String[] UNITS = {
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"
    };
    private static final String[] TENS = {
        "", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt", "quatre-vingt"
    };

    private FrenchWords() {
    }

    public static String of(long number) {
        if (number < 0 || number > MAX) {
            throw new IllegalArgumentException("Only 0 to " + MAX + " are written in words, not " + number);
        }
        if (number == 0) {
            return UNITS[0];
        }
        int billions = (int) (number / 1_000_000_000L);
        int millions = (int) (number / 1_000_000L % 1000);
        int thousands = (int) (number / 1000 % 1000);
        int rest = (int) (number % 1000);
        StringBuilder words = new StringBuilder();
        if (billions > 0) {
            append(words, belowThousand(billions, true)).append(billions > 1 ? " milliards" : " milliard");
        }
        if (millions > 0) {
            append(words, belowThousand(millions, true)).append(millions > 1 ? " millions" : " million");
        }
        if (thousands > 0) {
            append(words, thousands == 1 ? "mille" : belowThousand(thousands, false) + " mille");
        }
        if (rest > 0) {
            append(words, belowThousand(rest, true));
        }
        return words.toString();
    }

    /** Whether the words of the number end with million(s) or milliard(s): then "de" comes before a noun. */
    static boolean endsWithMillions(long number) {
        return number > 0 && number % 1_000_000L == 0;
    }

    private static StringBuilder append(StringBuilder words, String part) {
        return words.isEmpty() ? words.append(part) : words.append(' ').append(part);
    }

    /**
     * 1 to 999. {@code last}: nothing but millions or milliards follows, so a multiplied cent or vingt that ends
     * the group takes the plural; before mille (an invariable adjective) it does not.
     */
    private static String belowThousand(int number, boolean last) {
        int hundreds = number / 100;
        int rest = number % 100;
        if (hundreds == 0) {
            return belowHundred(rest, last);
        }
        String cent = hundreds == 1 ? "cent" : UNITS[hundreds] + " cent";
        if (rest == 0) {
            return hundreds > 1 && last ? cent + "s" : cent;
        }
        return cent + " " + belowHundred(rest, last);
    }

    private static String belowHundred(int number, boolean last) {
        if (number < 20) {
            return UNITS[number];
        }
        int tens = number / 10;
        int units = number % 10;
        // Soixante-dix and quatre-vingt-dix count on from soixante and quatre-vingt with dix to dix-neuf.
        if (tens == 7 || tens == 9) {
            units += 10;
        }
        String ten = TENS[tens];
        if (units == 0) {
            return tens == 8 && last ? ten + "s" : ten;
        }
        if ((units == 1 || units == 11) && tens < 8) {
            return ten + " et " + UNITS[units];
        }
        return ten + "-" + UNITS[units];
    }
}
