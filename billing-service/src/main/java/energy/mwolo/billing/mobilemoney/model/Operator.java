package energy.mwolo.billing.mobilemoney.model;

import java.util.List;
import java.util.Optional;

/**
 * The mobile operators of the DR Congo, known by the first two digits of the national number, and who collects for
 * each. The prefix table is TO BE CONFIRMED with each operator and the ARPTC's numbering plan: it comes from
 * public numbering summaries (Vodacom 81, 82, 83; Airtel 97, 98, 99; Orange 84, 85, 89, 80; Africell 90), and
 * ported numbers keep their old prefix.
 */
public enum Operator {
    VODACOM(Provider.MPESA, List.of("81", "82", "83")),
    AIRTEL(Provider.AIRTEL, List.of("97", "98", "99")),
    ORANGE(Provider.ORANGE, List.of("84", "85", "89", "80")),
    AFRICELL(Provider.AGGREGATOR, List.of("90"));

    private final Provider provider;
    private final List<String> prefixes;

    Operator(Provider provider, List<String> prefixes) {
        this.provider = provider;
        this.prefixes = prefixes;
    }

    /** The provider billing collects through for this operator's customers. */
    public Provider provider() {
        return provider;
    }

    /** The operator of a national number (9 digits), if its prefix is in the table. */
    public static Optional<Operator> of(String nationalNumber) {
        for (Operator operator : values()) {
            if (operator.prefixes.stream().anyMatch(nationalNumber::startsWith)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
