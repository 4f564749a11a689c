package energy.mwolo.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.sample.widgets.web.WidgetController;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedPermissionsTest {

    /** A made-up service's classes, compiled with these tests. */
    private static final ServiceClassFiles SAMPLE = ServiceClassFiles.of(
            ServiceClassFiles.class.getClassLoader(), List.of("energy.mwolo.sample"));

    private final CheckedPermissions permissions = CheckedPermissions.scan(SAMPLE);

    @Test
    void theRequirementsOfTheUseCasesAHandlerCallsAreItsOwnLambdasIncluded() throws Exception {
        assertThat(permissions.of(WidgetController.class.getMethod("create", CurrentUser.class, String.class)))
                .containsExactly("widgets:approve", "widgets:create");
    }

    @Test
    void aPermissionOnlyTestedIsNoRequirement() throws Exception {
        assertThat(permissions.of(WidgetController.class.getMethod("show", CurrentUser.class, String.class)))
                .isEmpty();
        assertThat(CheckedPermissions.none().of(WidgetController.class.getMethod("create", CurrentUser.class,
                String.class))).isEmpty();
    }
}
