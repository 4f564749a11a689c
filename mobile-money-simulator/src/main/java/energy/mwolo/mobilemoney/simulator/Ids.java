package energy.mwolo.mobilemoney.simulator;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Identifiers shaped like each provider's, random enough never to repeat within a run. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private Ids() {
    }

    /** Lower-case hexadecimal of {@code bytes} random bytes. */
    static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** {@code length} upper-case letters and digits, as M-Pesa's transaction ids ({@code 5C1400CVRO}). */
    static String upper(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(UPPER_ALPHANUMERIC.charAt(RANDOM.nextInt(UPPER_ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    /** {@code prefix} and {@code digits} random digits, as Airtel's and Orange's ids ({@code MP2612041530}). */
    static String digits(String prefix, int digits) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < digits; i++) {
            id.append(RANDOM.nextInt(10));
        }
        return id.toString();
    }
}
