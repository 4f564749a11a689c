package energy.mwolo.operations.persistence;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;

/**
 * Which unique index a failed write ran into. The domain checks first; these indexes decide races between
 * concurrent requests, and the feature turns the index's name into its own 409.
 */
public final class UniqueKeys {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueKeys() {
    }

    /** The name of the unique constraint or index {@code failure} violated, if that is why it failed. */
    public static Optional<String> violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(constraintOf(sql));
            }
        }
        return Optional.empty();
    }

    /** A batched statement reports the server's message on the next exception of its chain. */
    private static String constraintOf(SQLException sql) {
        for (SQLException each = sql; each != null; each = each.getNextException()) {
            if (each instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        return "";
    }
}
