package energy.mwolo.audit.log.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Says loudly when the service runs as a role that could rewrite the log (the owner, or one granted more). */
@Component
class RuntimeRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(RuntimeRoleCheck.class);

    private final JdbcTemplate jdbc;

    RuntimeRoleCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfTheRuntimeRoleMayRewrite() {
        Boolean mayRewrite = jdbc.queryForObject("""
                select pg_has_role(current_user, (select tableowner from pg_tables where tablename = 'audit_event'),
                                   'USAGE')
                    or has_table_privilege('audit_event', 'UPDATE')
                    or has_table_privilege('audit_event', 'DELETE')
                    or has_table_privilege('audit_event', 'TRUNCATE')""", Boolean.class);
        if (Boolean.TRUE.equals(mayRewrite)) {
            log.warn("The runtime database role may alter audit_event (it owns it or was granted more than SELECT "
                    + "and INSERT): run the service as the separate runtime role (README, Roles)");
        }
    }
}
