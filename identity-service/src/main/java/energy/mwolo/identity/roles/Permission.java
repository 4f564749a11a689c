package energy.mwolo.identity.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One right, {@code module:action}, e.g. {@code billing:approve}. Only known modules and actions exist. */
public record Permission(String module, String action) implements Comparable<Permission> {

    public static final List<String> MODULES = List.of(
            "core", "geo", "agencies", "accounts", "hr", "crm", "billing", "operations", "support", "cms", "audit");
    public static final List<String> ACTIONS = List.of("create", "read", "update", "delete", "export", "approve");

    public Permission {
        if (!MODULES.contains(module) || !ACTIONS.contains(action)) {
            throw new UnknownPermission(module + ":" + action);
        }
    }

    /** @throws UnknownPermission unless {@code text} is a known {@code module:action} */
    public static Permission parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new UnknownPermission(text);
        }
        return new Permission(text.substring(0, colon), text.substring(colon + 1));
    }

    /** Every permission there is: modules times actions. */
    public static List<Permission> all() {
        List<Permission> all = new ArrayList<>();
        MODULES.forEach(module -> ACTIONS.forEach(action -> all.add(new Permission(module, action))));
        return all;
    }

    @Override
    public int compareTo(Permission other) {
        int byModule = Integer.compare(MODULES.indexOf(module), MODULES.indexOf(other.module));
        return byModule != 0 ? byModule : Integer.compare(ACTIONS.indexOf(action), ACTIONS.indexOf(other.action));
    }

    @Override
    public String toString() {
        return module + ":" + action;
    }
}
