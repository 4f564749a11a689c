package energy.mwolo.identity.accounts.model;

import static energy.mwolo.identity.accounts.model.UserFixtures.NOW;
import static energy.mwolo.identity.accounts.model.UserFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.identity.roles.Role;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTest {

    @Test
    void registeringRecordsWhoCreatedTheAccountAndKeepsTheEmailInLowerCase() {
        User user = User.register(new UserId(UUID.randomUUID()), new EmailAddress(" Bienvenu@Example.CD "),
                new UserProfile("Bienvenu", "Kabasele", null, null), Role.CLIENT, UserLinks.NONE, null,
                RegistrationOrigin.SELF_REGISTRATION, NOW);

        assertThat(user.email().value()).isEqualTo("bienvenu@example.cd");
        assertThat(user.pullEvents()).containsExactly(
                new UserEvent.Registered(RegistrationOrigin.SELF_REGISTRATION, NOW));
    }

    @Test
    void aRevisionThatChangesNothingRecordsNothing() {
        User user = registered(Role.EMPLOYEE);

        user.revise(user.profile(), user.links(), NOW);

        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void onlyASuperAdminChangesASuperAdmin() {
        User superAdmin = registered(Role.SUPER_ADMIN);

        assertThatThrownBy(() -> superAdmin.requireAdministrableBy(false)).isInstanceOf(SuperAdminProtected.class);
        assertThatThrownBy(() -> superAdmin.assignRole(Role.ADMIN, false, NOW))
                .isInstanceOf(SuperAdminProtected.class);
    }

    @Test
    void onlyASuperAdminMakesSomeoneASuperAdmin() {
        User employee = registered(Role.EMPLOYEE);

        assertThatThrownBy(() -> employee.assignRole(Role.SUPER_ADMIN, false, NOW))
                .isInstanceOf(SuperAdminProtected.class);
        employee.assignRole(Role.SUPER_ADMIN, true, NOW);
        assertThat(employee.pullEvents()).containsExactly(new UserEvent.RoleChanged(Role.EMPLOYEE, NOW));
    }

    @Test
    void disablingTwiceRecordsOneEvent() {
        User user = registered(Role.HR);

        user.disable(NOW);
        user.disable(NOW);

        assertThat(user.pullEvents()).containsExactly(new UserEvent.Disabled(NOW));
        assertThat(user.status(NOW)).isEqualTo(UserStatus.DISABLED);
    }

    @Test
    void aDisabledAccountCannotSignInAndTheRefusalIsRecorded() {
        User user = registered(Role.CLIENT);
        user.disable(NOW);
        user.pullEvents();

        assertThat(user.signIn("41.243.12.7", NOW)).isFalse();
        assertThat(user.pullEvents()).containsExactly(
                new UserEvent.SignInRefused(SignInRefusal.ACCOUNT_DISABLED, "41.243.12.7", NOW));
        assertThat(user.lastSignInAt()).isNull();
    }

    @Test
    void aWrongPasswordIsRecordedAndLocksNothing() {
        User user = registered(Role.CLIENT);
        user.pullEvents();

        for (int i = 0; i < 10; i++) {
            user.refuseWrongPassword("41.243.12.7", NOW);
        }

        assertThat(user.status(NOW)).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.pullEvents()).hasSize(10).allMatch(
                new UserEvent.SignInRefused(SignInRefusal.WRONG_PASSWORD, "41.243.12.7", NOW)::equals);
    }

    @Test
    void theCeilingLocksTheAccountOnceAndSaysUntilWhen() {
        User user = registered(Role.CLIENT);
        user.pullEvents();
        LoginLockout lock = new LoginLockout(1, NOW.plus(Duration.ofHours(24)));

        user.lock(lock, NOW);
        user.lock(lock, NOW.plusSeconds(1));

        assertThat(user.status(NOW)).isEqualTo(UserStatus.LOCKED);
        assertThat(user.status(NOW.plus(Duration.ofHours(24)))).isEqualTo(UserStatus.ACTIVE);
        assertThat(user.pullEvents()).containsExactly(new UserEvent.Locked(NOW.plus(Duration.ofHours(24)), 1, NOW));
    }

    @Test
    void aSuccessfulSignInLeavesTheLockForTheAddressesThatAttack() {
        User user = registered(Role.CLIENT);
        user.lock(new LoginLockout(1, NOW.plus(Duration.ofHours(24))), NOW);

        assertThat(user.signIn(null, NOW.plus(Duration.ofMinutes(21)))).isTrue();

        assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(21)))).isTrue();
    }

    @Test
    void aResetLiftsTheLockButAChangeDoesNot() {
        User locked = registered(Role.CLIENT);
        locked.lock(new LoginLockout(1, NOW.plus(Duration.ofHours(24))), NOW);

        locked.changePassword(new PasswordHash("$argon2id$new"), PasswordChangeMethod.CHANGE, NOW);
        assertThat(locked.isLocked(NOW)).isTrue();
        locked.changePassword(new PasswordHash("$argon2id$newer"), PasswordChangeMethod.RESET, NOW);
        assertThat(locked.isLocked(NOW)).isFalse();
    }

    @Test
    void unlockingALockedAccountReportsTheChange() {
        User locked = registered(Role.CLIENT);
        locked.lock(new LoginLockout(1, NOW.plus(Duration.ofHours(24))), NOW);
        locked.pullEvents();

        locked.unlock(NOW);

        assertThat(locked.status(NOW)).isEqualTo(UserStatus.ACTIVE);
        assertThat(locked.pullEvents()).containsExactly(new UserEvent.Updated(NOW));
    }

    @Test
    void unlockingAnAccountThatIsNotLockedRecordsNothing() {
        User user = registered(Role.CLIENT);

        user.unlock(NOW);

        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void aPasswordHashNeverShowsInText() {
        assertThat(new PasswordHash("$argon2id$secret").toString()).doesNotContain("argon2", "secret");
    }

    @Test
    void refusesAnEmailThatIsNotOne() {
        assertThatThrownBy(() -> new EmailAddress("bienvenu-at-example.cd"))
                .isInstanceOfSatisfying(InvalidAccountField.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void requiresFirstAndLastNames() {
        assertThatThrownBy(() -> new UserProfile(" ", "Kabasele", null, null))
                .isInstanceOfSatisfying(InvalidAccountField.class, e -> assertThat(e.field()).isEqualTo("first_name"));
    }

    @Test
    void linkingAClientRecordsAnUpdateOnceAndNeverMovesTheLinkToAnotherClient() {
        User user = registered(Role.CLIENT);
        user.pullEvents();
        UUID client = UUID.randomUUID();

        assertThat(user.linkClient(client, NOW)).isEqualTo(ClientLinking.LINKED);
        assertThat(user.linkClient(client, NOW)).isEqualTo(ClientLinking.ALREADY_LINKED);
        assertThat(user.linkClient(UUID.randomUUID(), NOW)).isEqualTo(ClientLinking.LINKED_TO_ANOTHER);

        assertThat(user.links().client()).isEqualTo(client);
        assertThat(user.pullEvents()).containsExactly(new UserEvent.Updated(NOW));
    }

    @Test
    void linkingAnEmployeeRecordsAnUpdateOnceAndNeverMovesTheLinkToAnotherEmployee() {
        User user = registered(Role.EMPLOYEE);
        user.pullEvents();
        UUID employee = UUID.randomUUID();

        assertThat(user.linkEmployee(employee, NOW)).isEqualTo(EmployeeLinking.LINKED);
        assertThat(user.linkEmployee(employee, NOW)).isEqualTo(EmployeeLinking.ALREADY_LINKED);
        assertThat(user.linkEmployee(UUID.randomUUID(), NOW)).isEqualTo(EmployeeLinking.LINKED_TO_ANOTHER);

        assertThat(user.links().employee()).isEqualTo(employee);
        assertThat(user.pullEvents()).containsExactly(new UserEvent.Updated(NOW));
    }
}
