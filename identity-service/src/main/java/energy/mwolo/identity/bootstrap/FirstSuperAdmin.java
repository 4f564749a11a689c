package energy.mwolo.identity.bootstrap;

import energy.mwolo.identity.accounts.application.CreatingUser;
import energy.mwolo.identity.accounts.application.NewAccount;
import energy.mwolo.identity.roles.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first super administrator from configuration, once: only while no super administrator exists, under
 * an advisory lock so that replicas starting together create one. There is no default password anywhere but in the
 * dev profile's seed.
 */
@Component
@Order(2)
class FirstSuperAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstSuperAdmin.class);
    private static final long LOCK = 0x6d776f6c6f626f6fL;

    private final BootstrapProperties properties;
    private final CreatingUser creating;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    FirstSuperAdmin(BootstrapProperties properties, CreatingUser creating, JdbcClient jdbc,
                    TransactionTemplate transactions) {
        this.properties = properties;
        this.creating = creating;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** @return true if this call created the account */
    boolean ensure() {
        Boolean created = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(rs -> { });
            long superAdmins = jdbc.sql("select count(*) from users where role_code = ?")
                    .param(Role.SUPER_ADMIN.name()).query(Long.class).single();
            if (superAdmins > 0) {
                return false;
            }
            if (!properties.configured()) {
                log.warn("No super administrator exists and MWOLO_BOOTSTRAP_ADMIN_EMAIL / "
                        + "MWOLO_BOOTSTRAP_ADMIN_PASSWORD are not set: nobody can administer accounts yet");
                return false;
            }
            creating.bootstrap(new NewAccount(properties.adminEmail(), properties.adminPassword(), "Super",
                    "Administrateur", null, null, Role.SUPER_ADMIN.name(), null, null, null));
            log.info("First super administrator {} created from configuration", properties.adminEmail());
            return true;
        });
        return Boolean.TRUE.equals(created);
    }
}
