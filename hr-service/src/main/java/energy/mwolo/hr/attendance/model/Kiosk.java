package energy.mwolo.hr.attendance.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A clocking device HR registered at an agency. It authenticates with its own credential; the badge it reads then
 * names the employee. Revoked (stolen, replaced), it is refused for good.
 */
public final class Kiosk {

    private final KioskId id;
    private final UUID agency;
    private final String name;
    private final KioskKind kind;
    private final byte[] credentialHash;
    private final Instant registeredAt;
    private Instant revokedAt;

    private Kiosk(KioskId id, UUID agency, String name, KioskKind kind, byte[] credentialHash, Instant registeredAt,
                  Instant revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.agency = Objects.requireNonNull(agency, "agency");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.credentialHash = Objects.requireNonNull(credentialHash, "credentialHash").clone();
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.revokedAt = revokedAt;
    }

    /** A new kiosk and its credential, which the caller shows once and this kiosk keeps only hashed. */
    public static Registered register(UUID agency, String name, KioskKind kind, Instant at) {
        KioskId id = KioskId.newId();
        KioskCredential credential = KioskCredential.generate(id);
        return new Registered(new Kiosk(id, agency, name, kind, credential.hash(), at, null), credential);
    }

    public static Kiosk restore(KioskId id, UUID agency, String name, KioskKind kind, byte[] credentialHash,
                                Instant registeredAt, Instant revokedAt) {
        return new Kiosk(id, agency, name, kind, credentialHash, registeredAt, revokedAt);
    }

    /** @throws KioskUnauthenticated when revoked or when the secret is not this kiosk's */
    public void authenticate(KioskCredential presented) {
        if (revokedAt != null || !presented.kiosk().equals(id)
                || !Secrets.same(credentialHash, presented.hash())) {
            throw new KioskUnauthenticated();
        }
    }

    /** @return false when it was revoked already */
    public boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }

    public KioskId id() {
        return id;
    }

    public UUID agency() {
        return agency;
    }

    public String name() {
        return name;
    }

    public KioskKind kind() {
        return kind;
    }

    public byte[] credentialHash() {
        return credentialHash.clone();
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public record Registered(Kiosk kiosk, KioskCredential credential) {
    }
}
