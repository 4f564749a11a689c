package energy.mwolo.identity.accounts.persistence;

import energy.mwolo.identity.accounts.model.AddressStreak;
import energy.mwolo.identity.accounts.model.ClientAddress;
import energy.mwolo.identity.accounts.model.IdentifierFailures;
import energy.mwolo.identity.accounts.model.LoginLockout;
import energy.mwolo.identity.accounts.model.SignInThrottles;
import energy.mwolo.identity.accounts.model.ThrottlePolicy;
import energy.mwolo.identity.accounts.model.TypedIdentifier;
import energy.mwolo.identity.secrets.AtRestCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code sign_in_identifiers} and {@code sign_in_streaks}, keyed by the identifier's keyed fingerprint. */
@Repository
class JdbcSignInThrottles implements SignInThrottles {

    private static final String PURPOSE = "sign-in identifier";

    private final JdbcClient jdbc;
    private final AtRestCipher cipher;

    JdbcSignInThrottles(JdbcClient jdbc, AtRestCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public IdentifierFailures failuresOf(TypedIdentifier identifier) {
        return jdbc.sql("""
                        select window_started_at, failures, consecutive_locks, locked_until
                        from sign_in_identifiers where identifier_key = ?""")
                .param(key(identifier))
                .query(JdbcSignInThrottles::failures)
                .optional()
                .orElse(IdentifierFailures.NONE);
    }

    @Override
    public IdentifierFailures lockFailuresOf(TypedIdentifier identifier) {
        byte[] key = key(identifier);
        jdbc.sql("insert into sign_in_identifiers (identifier_key) values (?) on conflict do nothing").param(key)
                .update();
        return jdbc.sql("""
                        select window_started_at, failures, consecutive_locks, locked_until
                        from sign_in_identifiers where identifier_key = ? for update""")
                .param(key)
                .query(JdbcSignInThrottles::failures)
                .single();
    }

    @Override
    public void saveFailures(TypedIdentifier identifier, IdentifierFailures failures) {
        jdbc.sql("""
                        update sign_in_identifiers
                        set window_started_at = :started, failures = :failures, consecutive_locks = :locks,
                            locked_until = :lockedUntil
                        where identifier_key = :key""")
                .param("key", key(identifier))
                .param("started", timestamp(failures.windowStartedAt()), Types.TIMESTAMP)
                .param("failures", failures.failures())
                .param("locks", failures.lockout().consecutiveLocks())
                .param("lockedUntil", timestamp(failures.lockout().lockedUntil()), Types.TIMESTAMP)
                .update();
    }

    @Override
    public AddressStreak lockStreak(TypedIdentifier identifier, ClientAddress address) {
        byte[] key = key(identifier);
        jdbc.sql("insert into sign_in_streaks (identifier_key, client_address) values (?, ?) on conflict do nothing")
                .params(key, address.value())
                .update();
        return jdbc.sql("""
                        select failures, last_failure_at, last_success_at from sign_in_streaks
                        where identifier_key = ? and client_address = ? for update""")
                .params(key, address.value())
                .query((rs, row) -> new AddressStreak(rs.getInt("failures"), instant(rs, "last_failure_at"),
                        instant(rs, "last_success_at")))
                .single();
    }

    @Override
    public void saveStreak(TypedIdentifier identifier, ClientAddress address, AddressStreak streak) {
        jdbc.sql("""
                        update sign_in_streaks
                        set failures = :failures, last_failure_at = :lastFailure, last_success_at = :lastSuccess
                        where identifier_key = :key and client_address = :address""")
                .param("key", key(identifier))
                .param("address", address.value())
                .param("failures", streak.failures())
                .param("lastFailure", timestamp(streak.lastFailureAt()), Types.TIMESTAMP)
                .param("lastSuccess", timestamp(streak.lastSuccessAt()), Types.TIMESTAMP)
                .update();
    }

    @Override
    public void forget(TypedIdentifier identifier) {
        byte[] key = key(identifier);
        jdbc.sql("delete from sign_in_identifiers where identifier_key = ?").param(key).update();
        jdbc.sql("delete from sign_in_streaks where identifier_key = ?").param(key).update();
    }

    @Override
    public int purge(Instant now, ThrottlePolicy policy) {
        int streaks = jdbc.sql("""
                        delete from sign_in_streaks
                        where (last_failure_at is null or last_failure_at <= :failuresBefore)
                          and (last_success_at is null or last_success_at <= :successesBefore)""")
                .param("failuresBefore", Timestamp.from(now.minus(policy.forgetAfter())))
                .param("successesBefore", Timestamp.from(now.minus(policy.familiarFor())))
                .update();
        // A lock is kept a window past its end: the next one within it counts as one more in a row.
        int identifiers = jdbc.sql("""
                        delete from sign_in_identifiers
                        where (window_started_at is null or window_started_at <= :before)
                          and (locked_until is null or locked_until <= :before)""")
                .param("before", Timestamp.from(now.minus(policy.ceiling().window())))
                .update();
        return streaks + identifiers;
    }

    private byte[] key(TypedIdentifier identifier) {
        return cipher.fingerprint(PURPOSE, identifier.value());
    }

    private static IdentifierFailures failures(ResultSet rs, int row) throws SQLException {
        return new IdentifierFailures(instant(rs, "window_started_at"), rs.getInt("failures"),
                new LoginLockout(rs.getInt("consecutive_locks"), instant(rs, "locked_until")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
