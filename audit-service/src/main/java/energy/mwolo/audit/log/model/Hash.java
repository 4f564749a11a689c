package energy.mwolo.audit.log.model;

import java.util.Arrays;
import java.util.HexFormat;

/** A SHA-256 value of the chain (32 bytes), shown as lowercase hex. */
public final class Hash {

    public static final int LENGTH = 32;
    /** The previous hash of entry 1. */
    public static final Hash GENESIS = new Hash(new byte[LENGTH]);

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Hash of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("A chain hash has " + LENGTH + " bytes");
        }
        return new Hash(bytes.clone());
    }

    public static Hash fromHex(String hex) {
        return of(HEX.parseHex(hex));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** For hot loops that only read: no copy. */
    byte[] unsafeBytes() {
        return bytes;
    }

    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash hash && Arrays.equals(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
