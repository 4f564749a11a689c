package energy.mwolo.contracts.devdata;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The customer a developer signs in as on the devstack ({@code client@mwolo.local}): identity's dev account, crm's
 * client with its home site and contract, one metered site and contract per simulated meter, operations' meters on
 * them. Each service seeds its own part in the dev profile only; the ids are name-based (MD5, version 3) of
 * {@code "mwolo.dev/" + key}, as identity derives its dev accounts' links, so the parts meet without a lookup.
 */
public final class DevCustomer {

    public static final String EMAIL = "client@mwolo.local";
    /** The prefix of the devstack's simulated meters' numbers ({@code SIM-000001} and on). */
    public static final String METER_PREFIX = "SIM-";

    private DevCustomer() {
    }

    /** The client id identity's dev account carries as {@code client_id}. */
    public static UUID clientId() {
        return derived("client/" + EMAIL);
    }

    /** The user id of identity's dev account. */
    public static UUID userId() {
        return derived("user/" + EMAIL);
    }

    /** The user id of the dev super administrator ({@code admin@mwolo.local}), in whose name seeds act. */
    public static UUID seedingUserId() {
        return derived("user/admin@mwolo.local");
    }

    /** The customer's home: a flat-fee contract, the one invoiced each month on the devstack. */
    public static UUID homeSiteId() {
        return derived("site/" + EMAIL);
    }

    public static UUID homeContractId() {
        return derived("contract/" + EMAIL);
    }

    /** The number of the n-th simulated meter (from 1), as the devstack's meter fleet numbers them. */
    public static String meterNumber(int n) {
        return METER_PREFIX + String.format("%06d", n);
    }

    /** The site one simulated meter is installed on. */
    public static UUID meteredSiteId(String meterNumber) {
        return derived("site/" + EMAIL + "/" + meterNumber);
    }

    /** The metered contract one simulated meter measures. */
    public static UUID meteredContractId(String meterNumber) {
        return derived("contract/" + EMAIL + "/" + meterNumber);
    }

    static UUID derived(String key) {
        return UUID.nameUUIDFromBytes(("mwolo.dev/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
