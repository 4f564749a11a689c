package energy.mwolo.crm.archfixture.model;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A model class that breaks the rule on purpose (it depends on Spring JDBC): proves {@code CrmArchitectureTest}'s
 * rule can fail. Not a bean, so the service's test context never picks it up.
 */
public class SpringAwareModel {

    private final JdbcClient jdbc;

    public SpringAwareModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }
}
