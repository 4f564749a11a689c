package energy.mwolo.crm.clients.model;

import energy.mwolo.crm.kernel.Codes;

public enum ClientKind {
    INDIVIDUAL, COMPANY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ClientKind of(String code) {
        return Codes.parse(ClientKind.class, code, "kind");
    }
}
