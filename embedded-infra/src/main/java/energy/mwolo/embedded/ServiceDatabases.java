package energy.mwolo.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The SQL that gives a service its database and roles, as a superuser: the devstack's and tests' server
 * ({@link SharedPostgres}) and a server of the compose stack ({@link PostgresProvisioning}) run the same statements.
 * Each call is idempotent (a role is altered to the given password, a database kept) and serialised with other
 * callers, also in other processes, by a PostgreSQL advisory lock.
 */
final class ServiceDatabases {

    private static final long LOCK_KEY = 0x6d776f6c6f5f6462L; // "mwolo_db"
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private ServiceDatabases() {
    }

    /**
     * Role {@code name} may log in (with {@code password}) and replicate (the outbox relay decodes the WAL), and owns
     * database {@code name}, which no other role may connect to.
     */
    static void ensureOwner(Connection superuser, String name, String password) throws SQLException {
        requireIdentifier(name);
        underLock(superuser, statement -> {
            statement.execute(role(superuser, name) + " LOGIN REPLICATION PASSWORD " + literal(password));
            if (!exists(superuser, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                statement.execute("CREATE DATABASE " + name + " OWNER " + name);
                statement.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
            }
        });
    }

    /**
     * Role {@code role} may log in (with {@code password}) and connect to {@code database}, and owns nothing: the
     * service's migrations, run as the owner, grant it what it may do (an append-only log: read and add).
     */
    static void ensureRuntime(Connection superuser, String database, String role, String password)
            throws SQLException {
        requireIdentifier(database);
        requireIdentifier(role);
        underLock(superuser, statement -> {
            statement.execute(role(superuser, role) + " LOGIN NOREPLICATION PASSWORD " + literal(password));
            statement.execute("GRANT CONNECT ON DATABASE " + database + " TO " + role);
        });
    }

    /** Statements run while holding the lock every caller takes. */
    private interface Locked {
        void run(Statement statement) throws SQLException;
    }

    private static void underLock(Connection superuser, Locked work) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            try {
                work.run(statement);
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        }
    }

    /** {@code CREATE ROLE name} or, when it exists, {@code ALTER ROLE name}. */
    private static String role(Connection superuser, String name) throws SQLException {
        return (exists(superuser, "SELECT 1 FROM pg_roles WHERE rolname = ?", name) ? "ALTER" : "CREATE")
                + " ROLE " + name;
    }

    /** A password as an SQL string literal (standard conforming strings: a quote is doubled). */
    static String literal(String password) {
        if (password.isEmpty() || password.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A role's password may be neither empty nor hold a NUL character");
        }
        return "'" + password.replace("'", "''") + "'";
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a usable role or database name: '" + name + "'");
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
