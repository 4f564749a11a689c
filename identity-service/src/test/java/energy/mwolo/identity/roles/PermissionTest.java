package energy.mwolo.identity.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionTest {

    @Test
    void everyModuleHasEveryAction() {
        assertThat(Permission.all()).hasSize(11 * 6).contains(new Permission("billing", "approve"));
    }

    @Test
    void readsModuleColonAction() {
        assertThat(Permission.parse("crm:export")).isEqualTo(new Permission("crm", "export"));
        assertThat(Permission.parse("crm:export")).hasToString("crm:export");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crm", "crm:", "crm:pay", "payroll:read", "CRM:READ", "crm:read:own", ""})
    void refusesAnythingButAKnownModuleAndAction(String text) {
        assertThatThrownBy(() -> Permission.parse(text))
                .isInstanceOfSatisfying(UnknownPermission.class,
                        e -> assertThat(e.field()).isEqualTo("permissions"));
    }

    @Test
    void rolesAreReadWhateverTheirCase() {
        assertThat(Role.parse(" sales_agent ", "role")).isEqualTo(Role.SALES_AGENT);
        assertThatThrownBy(() -> Role.parse("ROOT", "role")).isInstanceOf(UnknownRole.class);
    }
}
