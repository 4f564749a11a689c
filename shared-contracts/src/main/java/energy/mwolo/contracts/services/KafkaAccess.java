package energy.mwolo.contracts.services;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one Kafka user may do on the broker: one row of {@link KafkaUsers}. The broker authorises, for principal
 * {@code User:<user>}:
 * <ul>
 *   <li>{@code writes}: WRITE and CREATE on those topics (topics are created on first use);</li>
 *   <li>{@code reads}: READ (hence DESCRIBE) on those topics, and CREATE on those named exactly, since a consumer
 *       may start before the first producer and topics are created on first use;</li>
 *   <li>{@code groups}: READ on those consumer groups (join, fetch and commit offsets).</li>
 * </ul>
 * Anything else is refused ({@code allow.everyone.if.no.acl.found=false}).
 *
 * @param user   the SCRAM user name
 * @param writes topics it may produce to
 * @param reads  topics it may consume
 * @param groups consumer groups it may use
 */
public record KafkaAccess(String user, List<NamePattern> writes, List<NamePattern> reads, List<NamePattern> groups) {

    private static final Pattern USER = Pattern.compile("[a-z][a-z0-9-]{1,40}");

    public KafkaAccess {
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException("Not a Kafka user name: '" + user + "'");
        }
        writes = List.copyOf(Objects.requireNonNull(writes, "writes"));
        reads = List.copyOf(Objects.requireNonNull(reads, "reads"));
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        if (writes.contains(NamePattern.ANY)) {
            throw new IllegalArgumentException(user + " may not write every topic: only the admin may");
        }
    }

    /** The principal the broker's ACLs name: {@code User:crm}. */
    public String principal() {
        return "User:" + user;
    }

    public boolean mayWrite(String topic) {
        return writes.stream().anyMatch(pattern -> pattern.matches(topic));
    }

    public boolean mayRead(String topic) {
        return reads.stream().anyMatch(pattern -> pattern.matches(topic));
    }

    public boolean mayJoin(String group) {
        return groups.stream().anyMatch(pattern -> pattern.matches(group));
    }
}
