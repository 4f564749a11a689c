package energy.mwolo.operations.access;

import java.util.UUID;

/**
 * The meters readable in one request.
 *
 * @param ownClient  the only client whose meters are visible, or null when all are (staff)
 * @param restricted true for a customer; a customer whose token has no client yet sees nothing
 */
public record ReadScope(UUID ownClient, boolean restricted) {

    public static final ReadScope ALL = new ReadScope(null, false);

    static ReadScope ofClient(UUID client) {
        return new ReadScope(client, true);
    }

    /** A customer without a client in its token sees nothing at all. */
    public boolean seesNothing() {
        return restricted && ownClient == null;
    }

    public boolean allows(UUID clientId) {
        return !restricted || (ownClient != null && ownClient.equals(clientId));
    }
}
