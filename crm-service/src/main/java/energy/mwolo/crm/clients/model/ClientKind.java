package energy.mwolo.crm.clients.model;

public enum ClientKind {
    INDIVIDUAL, COMPANY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ClientKind of(String code) {
        return Codes.parse(ClientKind.class, code, "kind");
    }
}
