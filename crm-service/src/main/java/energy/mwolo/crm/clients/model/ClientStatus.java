package energy.mwolo.crm.clients.model;

import energy.mwolo.crm.kernel.Codes;
import energy.mwolo.crm.kernel.TransitionRefused;
import java.util.EnumSet;
import java.util.Set;

/** prospect -> active <-> suspended; any of them -> closed, which is final. */
public enum ClientStatus {
    PROSPECT, ACTIVE, SUSPENDED, CLOSED;

    public Set<ClientStatus> next() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(SUSPENDED, CLOSED);
            case SUSPENDED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(ClientStatus.class);
        };
    }

    public ClientStatus moveTo(ClientStatus target) {
        if (!next().contains(target)) {
            throw new TransitionRefused(code(), target.code());
        }
        return target;
    }

    public String code() {
        return Codes.of(this);
    }

    public static ClientStatus of(String code) {
        return Codes.parse(ClientStatus.class, code, "status");
    }
}
