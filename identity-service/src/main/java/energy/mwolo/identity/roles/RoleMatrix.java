package energy.mwolo.identity.roles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The role-to-permission matrix as stored (tables {@code roles} and {@code role_permissions}). */
@Repository
public class RoleMatrix {

    private final JdbcClient jdbc;

    RoleMatrix(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an account of this role may do, read afresh: a matrix change applies to the next token. */
    public Set<Permission> permissionsOf(Role role) {
        return new TreeSet<>(jdbc.sql("select permission from role_permissions where role_code = ?")
                .param(role.name())
                .query((rs, row) -> Permission.parse(rs.getString(1)))
                .list());
    }

    public List<RoleEntry> all() {
        Map<String, RoleEntry> roles = new LinkedHashMap<>();
        jdbc.sql("select code, name, updated_at, updated_by from roles").query(RoleMatrix::entry).list()
                .forEach(entry -> roles.put(entry.role().name(), entry));
        jdbc.sql("select role_code, permission from role_permissions").query(rs -> {
            roles.get(rs.getString(1)).permissions().add(Permission.parse(rs.getString(2)));
        });
        List<RoleEntry> ordered = new ArrayList<>();
        for (Role role : Role.values()) {
            if (roles.containsKey(role.name())) {
                ordered.add(roles.get(role.name()));
            }
        }
        return ordered;
    }

    public RoleEntry of(Role role) {
        return all().stream().filter(entry -> entry.role() == role).findFirst()
                .orElseThrow(() -> new RoleNotFound(role.name()));
    }

    void replace(Role role, Set<Permission> permissions, UUID by, Instant at) {
        jdbc.sql("select code from roles where code = ? for update").param(role.name()).query(String.class).optional()
                .orElseThrow(() -> new RoleNotFound(role.name()));
        jdbc.sql("delete from role_permissions where role_code = ?").param(role.name()).update();
        for (Permission permission : permissions) {
            jdbc.sql("insert into role_permissions (role_code, permission) values (?, ?)")
                    .params(role.name(), permission.toString())
                    .update();
        }
        jdbc.sql("update roles set updated_at = ?, updated_by = ? where code = ?")
                .params(Timestamp.from(at), by, role.name())
                .update();
    }

    private static RoleEntry entry(ResultSet rs, int row) throws SQLException {
        return new RoleEntry(Role.valueOf(rs.getString("code")), rs.getString("name"), new TreeSet<>(),
                rs.getTimestamp("updated_at").toInstant(), rs.getObject("updated_by", UUID.class));
    }

    /** One role's row of the matrix; {@code name} is the French label shown to people. */
    public record RoleEntry(Role role, String name, TreeSet<Permission> permissions, Instant updatedAt,
                            UUID updatedBy) {
    }
}
