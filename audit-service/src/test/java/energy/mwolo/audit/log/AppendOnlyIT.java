package energy.mwolo.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.audit.AbstractAuditIT;
import energy.mwolo.audit.log.application.AppendingEvents;
import energy.mwolo.embedded.SharedPostgres;
import energy.mwolo.embedded.SharedPostgres.ServiceDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL itself keeps the log append-only, whatever the service's code does. */
class AppendOnlyIT extends AbstractAuditIT {

    @Autowired
    private JdbcTemplate runtimeRole;

    @Autowired
    private AppendingEvents appending;

    private long seq;

    @BeforeEach
    void anEntryToAttack() {
        seq = appending.append(Seeds.events(1, "test.AppendOnly")).head().seq();
    }

    @Test
    void theRuntimeRoleMayNotUpdateDeleteOrTruncate() {
        assertThat(runtimeRole.queryForObject("select current_user", String.class)).isEqualTo("mwolo_audit_app");

        assertThatThrownBy(() -> runtimeRole.update("update audit_event set actor = 'x' where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtimeRole.update("delete from audit_event where seq = ?", seq))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtimeRole.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThat(runtimeRole.queryForObject("select actor from audit_event where seq = ?", String.class, seq))
                .isNotEqualTo("x");
    }

    @Test
    void evenTheOwnerIsRefusedByTheTriggers() throws SQLException {
        ServiceDatabase owner = SharedPostgres.start().ensureServiceDatabase("audit");
        try (Connection connection = DriverManager.getConnection(owner.jdbcUrl(), owner.username(),
                owner.password());
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("update audit_event set actor = 'x' where seq = " + seq))
                    .hasMessageContaining("append-only: UPDATE refused");
            assertThatThrownBy(() -> statement.execute("delete from audit_event where seq = " + seq))
                    .hasMessageContaining("append-only: DELETE refused");
            assertThatThrownBy(() -> statement.execute("truncate audit_event"))
                    .hasMessageContaining("append-only: TRUNCATE refused");
        }
    }
}
