package energy.mwolo.identity.tokens.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All signing keys and the rules of their life. The key that signs is the latest whose activation has come; it
 * retires when the next one activates, and stays published for {@code verificationWindow} after that (the longest
 * life of a token it signed, plus a margin), then it is dropped. The next key is published {@code publishAhead}
 * before it activates, so verifiers that cache the JWKS know it before they see a token it signed.
 */
public final class KeyRing {

    private final List<KeyVersion> versions;

    public KeyRing(Collection<KeyVersion> versions) {
        List<KeyVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(KeyVersion::activeFrom).thenComparing(KeyVersion::kid));
        this.versions = List.copyOf(sorted);
    }

    public List<KeyVersion> versions() {
        return versions;
    }

    public Optional<KeyVersion> signing(Instant now) {
        KeyVersion signing = null;
        for (KeyVersion version : versions) {
            if (!version.activeFrom().isAfter(now)) {
                signing = version;
            }
        }
        return Optional.ofNullable(signing);
    }

    /** When a later key took over from {@code version}; empty while nothing has. */
    public Optional<Instant> retiredAt(KeyVersion version, Instant now) {
        return versions.stream()
                .filter(other -> other.activeFrom().isAfter(version.activeFrom())
                        || other.activeFrom().equals(version.activeFrom()) && other.kid().compareTo(version.kid()) > 0)
                .map(KeyVersion::activeFrom)
                .filter(activation -> !activation.isAfter(now))
                .findFirst();
    }

    public KeyState state(KeyVersion version, Instant now) {
        if (version.activeFrom().isAfter(now)) {
            return KeyState.PENDING;
        }
        return retiredAt(version, now).isPresent() ? KeyState.RETIRED : KeyState.SIGNING;
    }

    /** Keys verifiers must know: pending, signing, and retired ones whose tokens may still be valid. */
    public List<KeyVersion> published(Instant now, Duration verificationWindow) {
        return versions.stream().filter(version -> !isExpired(version, now, verificationWindow)).toList();
    }

    /** Retired keys no valid token can name any more: to delete. */
    public List<KeyVersion> expired(Instant now, Duration verificationWindow) {
        return versions.stream().filter(version -> isExpired(version, now, verificationWindow)).toList();
    }

    /** Keys that sign nothing more: their private halves can be destroyed. */
    public List<KeyVersion> retired(Instant now) {
        return versions.stream().filter(version -> state(version, now) == KeyState.RETIRED).toList();
    }

    /**
     * When a new key should activate, if one should be created now: at once when nothing signs; else when the
     * signing key reaches {@code rotationPeriod}, announced {@code publishAhead} before. Empty when a key is already
     * pending or rotation is not yet due.
     */
    public Optional<Instant> nextActivation(Instant now, Duration rotationPeriod, Duration publishAhead) {
        Optional<KeyVersion> signing = signing(now);
        if (signing.isEmpty()) {
            return Optional.of(now);
        }
        if (versions.stream().anyMatch(version -> version.activeFrom().isAfter(now))) {
            return Optional.empty();
        }
        Instant due = signing.get().activeFrom().plus(rotationPeriod);
        if (now.isBefore(due.minus(publishAhead))) {
            return Optional.empty();
        }
        Instant earliest = now.plus(publishAhead);
        return Optional.of(due.isAfter(earliest) ? due : earliest);
    }

    private boolean isExpired(KeyVersion version, Instant now, Duration verificationWindow) {
        return retiredAt(version, now).map(retired -> !now.isBefore(retired.plus(verificationWindow))).orElse(false);
    }
}
