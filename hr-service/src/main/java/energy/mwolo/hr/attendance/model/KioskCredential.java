package energy.mwolo.hr.attendance.model;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A kiosk's credential, {@code MWK1.<kiosk id>.<256 random bits>}: shown once when HR registers the kiosk, kept
 * only as the SHA-256 of its secret part. A random secret of this size needs no slow hash: there is no dictionary
 * to try.
 */
public record KioskCredential(KioskId kiosk, String secret) {

    static final String PREFIX = "MWK1.";
    private static final int SECRET_BYTES = 32;

    public static KioskCredential generate(KioskId kiosk) {
        return new KioskCredential(kiosk, Secrets.encode(Secrets.random(SECRET_BYTES)));
    }

    /** The credential as a device presents it; empty when malformed. */
    public static Optional<KioskCredential> parse(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = presented.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Secrets.decodeUuid(parts[0]).map(id -> new KioskCredential(new KioskId(id), parts[1]));
    }

    public byte[] hash() {
        return Secrets.sha256(secret.getBytes(StandardCharsets.US_ASCII));
    }

    /** What the device keeps and sends. */
    public String text() {
        return PREFIX + Secrets.encode(kiosk.value()) + "." + secret;
    }

    @Override
    public String toString() {
        return "KioskCredential[kiosk=" + kiosk + ", secret hidden]";
    }
}
