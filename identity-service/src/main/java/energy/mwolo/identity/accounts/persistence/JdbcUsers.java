package energy.mwolo.identity.accounts.persistence;

import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.EmailAlreadyUsed;
import energy.mwolo.identity.accounts.model.LoginLockout;
import energy.mwolo.identity.accounts.model.PasswordHash;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.UserId;
import energy.mwolo.identity.accounts.model.UserLinks;
import energy.mwolo.identity.accounts.model.UserProfile;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.roles.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcUsers implements Users {

    private static final String SELECT = """
            select id, email, password_hash, first_name, last_name, post_name, phone, role_code, agency_id, client_id,
                   employee_id, disabled, consecutive_locks, locked_until, last_login_at, created_at
            from users""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcUsers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id.value()).query(JdbcUsers::user).optional();
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        return jdbc.sql(SELECT + " where email = ?").param(email.value()).query(JdbcUsers::user).optional();
    }

    @Override
    public void add(User user) {
        write(user, """
                insert into users (id, email, password_hash, first_name, last_name, post_name, phone, role_code,
                                   agency_id, client_id, employee_id, disabled, consecutive_locks,
                                   locked_until, last_login_at, password_changed_at, created_at, updated_at)
                values (:id, :email, :password, :firstName, :lastName, :postName, :phone, :role, :agency, :client,
                        :employee, :disabled, :locks, :lockedUntil, :lastLogin,
                        :passwordSetAt, :createdAt, :now)""");
    }

    @Override
    public void update(User user) {
        write(user, """
                update users set email = :email,
                       password_changed_at = case when password_hash is distinct from cast(:password as varchar)
                                                  then cast(:now as timestamptz) else password_changed_at end,
                       password_hash = :password, first_name = :firstName, last_name = :lastName,
                       post_name = :postName, phone = :phone, role_code = :role, agency_id = :agency,
                       client_id = :client, employee_id = :employee, disabled = :disabled,
                       consecutive_locks = :locks, locked_until = :lockedUntil, last_login_at = :lastLogin,
                       updated_at = :now
                where id = :id and created_at = :createdAt""");
    }

    private void write(User user, String sql) {
        UserProfile profile = user.profile();
        UserLinks links = user.links();
        LoginLockout lockout = user.lockout();
        Instant now = clock.instant();
        try {
            jdbc.sql(sql)
                    .param("id", user.id().value())
                    .param("email", user.email().value())
                    .param("password", user.password() == null ? null : user.password().encoded(), Types.VARCHAR)
                    .param("firstName", profile.firstName())
                    .param("lastName", profile.lastName())
                    .param("postName", profile.postName(), Types.VARCHAR)
                    .param("phone", profile.phone(), Types.VARCHAR)
                    .param("role", user.role().name())
                    .param("agency", links.agency(), Types.OTHER)
                    .param("client", links.client(), Types.OTHER)
                    .param("employee", links.employee(), Types.OTHER)
                    .param("disabled", user.isDisabled())
                    .param("locks", lockout.consecutiveLocks())
                    .param("lockedUntil", timestamp(lockout.lockedUntil()), Types.TIMESTAMP)
                    .param("lastLogin", timestamp(user.lastSignInAt()), Types.TIMESTAMP)
                    .param("createdAt", Timestamp.from(user.createdAt()))
                    .param("now", Timestamp.from(now))
                    .param("passwordSetAt", user.password() == null ? null : Timestamp.from(now),
                            Types.TIMESTAMP)
                    .update();
        } catch (DuplicateKeyException e) {
            if (e.getMessage() != null && e.getMessage().contains("users_email_key")) {
                throw new EmailAlreadyUsed();
            }
            throw e;
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        String hash = rs.getString("password_hash");
        return User.restore(
                new UserId(rs.getObject("id", UUID.class)),
                new EmailAddress(rs.getString("email")),
                new UserProfile(rs.getString("first_name"), rs.getString("last_name"), rs.getString("post_name"),
                        rs.getString("phone")),
                Role.valueOf(rs.getString("role_code")),
                new UserLinks(rs.getObject("agency_id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getObject("employee_id", UUID.class)),
                hash == null ? null : new PasswordHash(hash),
                rs.getBoolean("disabled"),
                new LoginLockout(rs.getInt("consecutive_locks"), instant(rs, "locked_until")),
                instant(rs, "last_login_at"),
                instant(rs, "created_at"));
    }
}
