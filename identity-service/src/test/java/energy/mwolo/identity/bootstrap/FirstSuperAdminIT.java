package energy.mwolo.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FirstSuperAdminIT extends AbstractApiIT {

    @Autowired
    private FirstSuperAdmin firstSuperAdmin;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void theFirstSuperAdminComesFromConfigurationOnlyOnce() {
        assertThat(firstSuperAdmin.ensure()).isFalse();

        assertThat(jdbc.sql("select role_code from users where email = ?").param(ROOT_EMAIL).query(String.class)
                .list()).containsExactly("SUPER_ADMIN");
        assertThat(accounts.root().access()).isNotBlank();
    }

    @Test
    void noAccountHasADefaultPasswordOutsideTheDevProfile() {
        assertThat(jdbc.sql("select count(*) from users where email like '%@mwolo.local'").query(Long.class).single())
                .isZero();
    }
}
