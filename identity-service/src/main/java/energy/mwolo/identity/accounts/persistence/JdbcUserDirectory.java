package energy.mwolo.identity.accounts.persistence;

import energy.mwolo.identity.accounts.application.UserDirectory;
import energy.mwolo.identity.accounts.application.UserOrdering;
import energy.mwolo.identity.accounts.application.UserQuery;
import energy.mwolo.identity.accounts.application.UserView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUserDirectory implements UserDirectory {

    private static final String STATUS = """
            case when disabled then 'disabled' when locked_until > :now then 'locked' else 'active' end""";
    private static final String SELECT = "select id, email, first_name, last_name, post_name, phone, role_code,"
            + " agency_id, client_id, employee_id, " + STATUS + " as status,"
            + " case when locked_until > :now then locked_until end as locked_until,"
            + " last_login_at, created_at, updated_at, email_confirmed_at is not null as email_confirmed,"
            + " pending_email from users";

    private final JdbcClient jdbc;

    JdbcUserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserView> byId(UUID id, Instant now) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).param("now", Timestamp.from(now))
                .query(JdbcUserDirectory::view).optional();
    }

    @Override
    public long count(UserQuery query) {
        Where where = Where.of(query);
        return jdbc.sql("select count(*) from users" + where.sql()).params(where.params()).query(Long.class).single();
    }

    @Override
    public List<UserView> find(UserQuery query, long offset, int limit) {
        Where where = Where.of(query);
        return jdbc.sql(SELECT + where.sql() + orderBy(query.ordering()) + " limit :limit offset :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcUserDirectory::view)
                .list();
    }

    /** Columns come from a closed enum, never from the request text; the id makes pages stable. */
    private static String orderBy(UserOrdering ordering) {
        return ordering.keys().stream()
                .map(key -> column(key.field()) + (key.descending() ? " desc nulls last" : " asc nulls last"))
                .collect(Collectors.joining(", ", " order by ", ", id"));
    }

    private static String column(UserOrdering.Field field) {
        return switch (field) {
            case EMAIL -> "email";
            case LAST_NAME -> "last_name";
            case CREATED_AT -> "created_at";
            case LAST_LOGIN -> "last_login_at";
        };
    }

    private static UserView view(ResultSet rs, int row) throws SQLException {
        return new UserView(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("post_name"), rs.getString("phone"),
                rs.getString("role_code"), rs.getObject("agency_id", UUID.class),
                rs.getObject("client_id", UUID.class), rs.getObject("employee_id", UUID.class),
                rs.getString("status"), instant(rs, "locked_until"), instant(rs, "last_login_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getBoolean("email_confirmed"),
                rs.getString("pending_email"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Where(String sql, Map<String, Object> params) {

        static Where of(UserQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("now", Timestamp.from(query.now()));
            if (query.role() != null) {
                conditions.add("role_code = :role");
                params.put("role", query.role());
            }
            if (query.status() != null) {
                conditions.add(STATUS + " = :status");
                params.put("status", query.status());
            }
            if (query.agency() != null) {
                conditions.add("agency_id = :agency");
                params.put("agency", query.agency());
            }
            if (query.search() != null) {
                conditions.add("(email ilike :search or first_name ilike :search or last_name ilike :search"
                        + " or post_name ilike :search or phone ilike :search)");
                params.put("search", "%" + escapeLike(query.search()) + "%");
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
