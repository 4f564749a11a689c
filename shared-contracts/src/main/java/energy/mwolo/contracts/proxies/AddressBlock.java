package energy.mwolo.contracts.proxies;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block such as {@code 10.0.0.0/8} or {@code ::1/128}; a bare address is a block of one. */
record AddressBlock(byte[] network, int prefix) {

    static AddressBlock parse(String block) {
        String[] parts = block.trim().split("/", 2);
        byte[] network = literal(parts[0]);
        if (network == null) {
            throw new IllegalArgumentException("Not an IP address block: " + block);
        }
        int prefix;
        try {
            prefix = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : network.length * 8;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Bad prefix length in " + block, e);
        }
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("Bad prefix length in " + block);
        }
        return new AddressBlock(network, prefix);
    }

    boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int fullBytes = prefix / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest);
        return (address[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The bytes of a literal IPv4 or IPv6 address, or null if the text is not one. Only digits, hex letters, dots
     * and colons get to {@link InetAddress}, so it never looks a name up in DNS.
     */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
                return null;
            }
        }
        if (text.indexOf(':') < 0 && text.chars().anyMatch(Character::isLetter)) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
