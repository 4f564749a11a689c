package energy.mwolo.contracts.proxies;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The proxies whose forwarded headers ({@code X-Forwarded-For}, {@code -Host}, {@code -Proto}, {@code Forwarded})
 * are believed, as address blocks ({@code 10.0.0.0/8}, {@code ::1/128}, or a bare address). The gateway applies it
 * to the load balancer in front of it, every service to the gateway in front of it: one rule, so a client cannot
 * pick its own address (its rate-limit and sign-in throttling buckets) or the host of the links it is sent, by
 * sending the headers itself.
 */
public final class TrustedProxies {

    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<AddressBlock> blocks;

    private TrustedProxies(List<AddressBlock> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** The proxies in these blocks; blank entries are skipped, an entry may itself list blocks separated by commas. */
    public static TrustedProxies of(Collection<String> blocks) {
        List<AddressBlock> parsed = new ArrayList<>();
        for (String entry : blocks) {
            if (entry == null) {
                continue;
            }
            for (String block : entry.split(",")) {
                if (!block.isBlank()) {
                    parsed.add(AddressBlock.parse(block));
                }
            }
        }
        return parsed.isEmpty() ? NONE : new TrustedProxies(parsed);
    }

    /** Nobody: forwarded headers are never believed. */
    public static TrustedProxies none() {
        return NONE;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether {@code address} (a literal IP address; a host name never is) lies in a trusted block. */
    public boolean trusts(String address) {
        byte[] bytes = AddressBlock.literal(address);
        if (bytes == null) {
            return false;
        }
        for (AddressBlock block : blocks) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client on the other end: the connection's {@code peer}, unless it is a trusted proxy, in which case the
     * right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy (entries on the left were written
     * by whoever sent the request first, so only those our proxies appended count). A chain holding anything but
     * literal addresses is not believed at all.
     *
     * @param forwardedFor the {@code X-Forwarded-For} header values, each possibly a comma-separated list
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                hops.add(hop.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            byte[] address = AddressBlock.literal(hops.get(i));
            if (address == null) {
                return peer;
            }
            if (!trusts(hops.get(i))) {
                return normalized(address);
            }
        }
        return peer;
    }

    /** One spelling per address ({@code 2001:db8::5} and {@code 2001:db8:0::5} are one client, one bucket). */
    private static String normalized(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Not an address length: " + address.length, e);
        }
    }

    @Override
    public String toString() {
        return "TrustedProxies" + blocks.stream().map(AddressBlock::toString).toList();
    }
}
