package energy.mwolo.identity.employees;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.hr.EmployeeAccountLinked;
import energy.mwolo.contracts.services.ServiceCatalogue;
import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.identity.Claims;
import energy.mwolo.platformtest.ServiceEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * hr-service's EmployeeAccountLinked, on the real broker, ties an account to its employee, and the next token
 * carries {@code employee_id}; an account tied to another employee keeps it.
 */
class EmployeeLinkIT extends AbstractApiIT {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    private JdbcClient jdbc;

    @Test
    void anEmployeeLinkShowsInTheNextTokenAndNeverMovesALinkedAccount() {
        Accounts.Created account = accounts.create("EMPLOYEE");
        UUID employee = UUID.randomUUID();

        try (ServiceEvents hr = ServiceEvents.as(bootstrapServers(), ServiceCatalogue.HR)) {
            hr.publish(EmployeeAccountLinked.CONTRACT, employee, linked(employee, account.id()));
            await(() -> employee.equals(linkedEmployee(account.id())));

            UUID other = UUID.randomUUID();
            UUID moved = hr.publish(EmployeeAccountLinked.CONTRACT, other, linked(other, account.id()));
            await(() -> jdbc.sql("select count(*) from inbox where event_id = ?").param(moved).query(Long.class)
                    .single() == 1);
        }

        assertThat(linkedEmployee(account.id())).isEqualTo(employee);
        assertThat(Claims.of(accounts.signIn(account.email(), Accounts.PASSWORD).access()).path("employee_id")
                .asString()).isEqualTo(employee.toString());
    }

    private static EmployeeAccountLinked linked(UUID employee, UUID account) {
        return new EmployeeAccountLinked(employee, "EMP-00042", account, UUID.randomUUID(), Instant.now());
    }

    private UUID linkedEmployee(UUID user) {
        return jdbc.sql("select employee_id from users where id = ?").param(user).query(UUID.class).optional()
                .orElse(null);
    }

    private static void await(BooleanSupplier condition) {
        Awaitility.await().atMost(CONSUMED).until(condition::getAsBoolean);
    }
}
