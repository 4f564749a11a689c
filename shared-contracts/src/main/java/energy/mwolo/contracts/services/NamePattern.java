package energy.mwolo.contracts.services;

import java.util.Objects;

/**
 * Topic or consumer-group names as a Kafka ACL matches them: one name, every name starting with a prefix, or every
 * name ({@link #ANY}, Kafka's literal {@code *}).
 *
 * @param name     the name, the prefix, or {@code *}
 * @param prefixed whether {@code name} is a prefix (Kafka's {@code PREFIXED} pattern type) rather than a name
 */
public record NamePattern(String name, boolean prefixed) {

    /** Every topic or group. */
    public static final NamePattern ANY = new NamePattern("*", false);

    public NamePattern {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Not a topic or group name: '" + name + "'");
        }
        if (prefixed && name.equals("*")) {
            throw new IllegalArgumentException("'*' is every name already, not a prefix");
        }
    }

    public static NamePattern exactly(String name) {
        return new NamePattern(name, false);
    }

    public static NamePattern startingWith(String prefix) {
        return new NamePattern(prefix, true);
    }

    public boolean isAny() {
        return equals(ANY);
    }

    /** Whether the broker would apply this pattern to {@code candidate}. */
    public boolean matches(String candidate) {
        if (isAny()) {
            return true;
        }
        return prefixed ? candidate.startsWith(name) : candidate.equals(name);
    }

    /** {@code crm.*} for a prefix, the name itself otherwise. */
    @Override
    public String toString() {
        return prefixed ? name + "*" : name;
    }
}
