package energy.mwolo.geo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Ids of the reference data the migrations load. They are derived from natural keys exactly as the migration
 * derives them ({@code md5('mwolo.geo/...')::uuid}), so every environment agrees on them.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static UUID country(String isoCode) {
        return derived("mwolo.geo/country/" + isoCode);
    }

    public static UUID province(String code) {
        return derived("mwolo.geo/province/CD-" + code);
    }

    public static UUID kinshasaCommune(String code) {
        return derived("mwolo.geo/commune/CD-KN/" + code);
    }

    /** A holiday of the DR Congo loaded by V4: {@code "01-04"} (recurring) or {@code "2024-08-02"} (extra day). */
    public static UUID congoHoliday(String key) {
        return derived("mwolo.geo/holiday/CD/" + key);
    }

    private static UUID derived(String key) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
