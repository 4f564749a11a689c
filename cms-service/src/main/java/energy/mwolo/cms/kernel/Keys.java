package energy.mwolo.cms.kernel;

import java.util.Optional;
import java.util.UUID;

/** Items are read by slug or by id on the same path; slugs are never UUID-shaped ({@link Slugs}), so this tells them. */
public final class Keys {

    private Keys() {
    }

    public static Optional<UUID> asId(String key) {
        try {
            return key.length() == 36 ? Optional.of(UUID.fromString(key)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
