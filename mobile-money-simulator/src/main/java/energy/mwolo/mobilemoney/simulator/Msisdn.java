package energy.mwolo.mobilemoney.simulator;

/**
 * Customer numbers as providers write them: M-Pesa {@code 243812345678}, Airtel {@code 812345678} (no country code),
 * the aggregator {@code +243812345678}. Overrides match on the national number so one rule covers them all.
 */
final class Msisdn {

    private Msisdn() {
    }

    /** Digits only, without the DRC's country code or trunk zero: {@code 812345678}. */
    static String national(String msisdn) {
        String digits = msisdn.replaceAll("[^0-9]", "");
        if (digits.startsWith("243") && digits.length() > 9) {
            return digits.substring(3);
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }

    /** A plausible number: 9 to 15 digits, with or without a plus. */
    static boolean plausible(String msisdn) {
        return msisdn != null && msisdn.matches("\\+?[0-9]{9,15}");
    }
}
