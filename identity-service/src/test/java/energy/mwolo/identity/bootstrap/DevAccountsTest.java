package energy.mwolo.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.roles.Role;
import org.junit.jupiter.api.Test;

class DevAccountsTest {

    @Test
    void theDevProfileHasOneAccountPerRoleStartingWithTheKnownSuperAdmin() {
        assertThat(DevAccounts.ACCOUNTS).extracting(DevAccounts.DevAccount::role).containsExactly(Role.values());
        assertThat(DevAccounts.ACCOUNTS.get(0).email()).isEqualTo("admin@mwolo.local");
        assertThat(DevAccounts.ACCOUNTS.get(0).password()).isEqualTo("admin123");
        assertThat(DevAccounts.ACCOUNTS).allMatch(account -> account.email().endsWith("@mwolo.local"));
    }

    @Test
    void devLinksAreTheSameOnEveryMachine() {
        assertThat(DevAccounts.derived("client/client@mwolo.local"))
                .isEqualTo(DevAccounts.derived("client/client@mwolo.local"))
                .isNotEqualTo(DevAccounts.derived("employee/employe@mwolo.local"));
    }
}
