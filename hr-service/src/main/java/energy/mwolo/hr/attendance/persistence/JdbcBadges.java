package energy.mwolo.hr.attendance.persistence;

import energy.mwolo.hr.attendance.model.Badge;
import energy.mwolo.hr.attendance.model.BadgeId;
import energy.mwolo.hr.attendance.model.Badges;
import energy.mwolo.hr.kernel.EmployeeId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Badges in one small table through JdbcClient: an aggregate with no children needs no mapping framework. */
@Component
class JdbcBadges implements Badges {

    private static final String COLUMNS = "select id, employee_id, issued_at, revoked_at from badges ";

    private final JdbcClient jdbc;

    JdbcBadges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Badge> byId(BadgeId id) {
        return jdbc.sql(COLUMNS + "where id = ?").param(id.value()).query(JdbcBadges::badge).optional();
    }

    /** Transaction-scoped: released at commit or rollback, whatever ends the transaction. */
    @Override
    public void lockHolder(EmployeeId employee) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('hr.badge'), hashtext(?))) held")
                .param(employee.value().toString()).query(Integer.class).single();
    }

    @Override
    public List<Badge> lockActiveOf(EmployeeId employee) {
        return jdbc.sql(COLUMNS + "where employee_id = ? and revoked_at is null for update")
                .param(employee.value()).query(JdbcBadges::badge).list();
    }

    @Override
    public List<Badge> of(EmployeeId employee) {
        return jdbc.sql(COLUMNS + "where employee_id = ? order by issued_at desc")
                .param(employee.value()).query(JdbcBadges::badge).list();
    }

    @Override
    public void add(Badge badge) {
        jdbc.sql("insert into badges (id, employee_id, issued_at, revoked_at) values (?, ?, ?, ?)")
                .params(badge.id().value(), badge.employee().value(), Timestamp.from(badge.issuedAt()),
                        timestamp(badge.revokedAt()))
                .update();
    }

    @Override
    public void update(Badge badge) {
        jdbc.sql("update badges set revoked_at = ? where id = ?")
                .params(timestamp(badge.revokedAt()), badge.id().value()).update();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Badge badge(ResultSet rs, int row) throws SQLException {
        return Badge.restore(new BadgeId(rs.getObject("id", UUID.class)),
                new EmployeeId(rs.getObject("employee_id", UUID.class)), instant(rs, "issued_at"),
                instant(rs, "revoked_at"));
    }
}
