package energy.mwolo.identity.accounts.model;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The client address the throttle counts by. IPv4 as it is; IPv6 by its /64 prefix, since one subscriber line
 * commonly holds a whole /64 and could otherwise try from a fresh address every time.
 */
public record ClientAddress(String value) {

    private static final int MAX_LENGTH = 64;
    // Only hex digits, colons and dots: a literal, never a host name, so parsing it makes no DNS query.
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    public ClientAddress {
        value = value == null || value.isBlank() ? "unknown" : value.strip();
        if (value.length() > MAX_LENGTH) {
            value = value.substring(0, MAX_LENGTH);
        }
    }

    public static ClientAddress of(String remoteAddress) {
        if (remoteAddress == null) {
            return new ClientAddress(null);
        }
        String literal = remoteAddress.strip();
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.indexOf(':') < 0 || !IPV6_LITERAL.matcher(literal).matches()) {
            return new ClientAddress(remoteAddress);
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return new ClientAddress(prefix.append(":/64").toString());
            }
            return new ClientAddress(address.getHostAddress());
        } catch (UnknownHostException e) {
            return new ClientAddress(remoteAddress);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
