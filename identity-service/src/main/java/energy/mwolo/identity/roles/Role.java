package energy.mwolo.identity.roles;

import java.util.Locale;

/** The platform's roles (ARCHITECTURE.md §6). Every account has exactly one; what it may do is data (the matrix). */
public enum Role {
    SUPER_ADMIN,
    ADMIN,
    HR,
    ACCOUNTANT,
    OPERATIONS,
    SALES_AGENT,
    EMPLOYEE,
    CLIENT;

    /**
     * @param field the request field named if the code is unknown
     * @throws UnknownRole for anything but one of the codes above (case-insensitive)
     */
    public static Role parse(String code, String field) {
        if (code != null) {
            for (Role role : values()) {
                if (role.name().equals(code.strip().toUpperCase(Locale.ROOT))) {
                    return role;
                }
            }
        }
        throw new UnknownRole(code, field);
    }
}
