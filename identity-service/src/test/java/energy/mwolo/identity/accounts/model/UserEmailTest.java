package energy.mwolo.identity.accounts.model;

import static energy.mwolo.identity.accounts.model.UserFixtures.NOW;
import static energy.mwolo.identity.accounts.model.UserFixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import energy.mwolo.identity.roles.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When an account's email counts as its holder's, and what that allows. */
class UserEmailTest {

    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
    private static final Instant LATER = NOW.plus(Duration.ofMinutes(5));

    @Test
    void aSelfRegisteredAccountStartsUnconfirmed() {
        User user = selfRegistered("bienvenu@example.cd");

        assertThat(user.isEmailConfirmed()).isFalse();
        assertThat(user.pullEvents()).containsExactly(
                new UserEvent.Registered(RegistrationOrigin.SELF_REGISTRATION, NOW));
    }

    @Test
    void anAdministratorSettingAPasswordVouchesForTheAddressButAnInvitationWaitsForItsHolder() {
        User vouched = User.register(new UserId(UUID.randomUUID()), new EmailAddress("grace@example.cd"),
                new UserProfile("Grâce", "Mukendi", null, null), Role.CLIENT, UserLinks.NONE, HASH,
                RegistrationOrigin.ADMINISTRATOR, NOW);
        User invited = User.register(new UserId(UUID.randomUUID()), new EmailAddress("aimee@example.cd"),
                new UserProfile("Aimée", "Tshibola", null, null), Role.CLIENT, UserLinks.NONE, null,
                RegistrationOrigin.ADMINISTRATOR, NOW);

        assertThat(vouched.pullEvents()).containsExactly(
                new UserEvent.Registered(RegistrationOrigin.ADMINISTRATOR, NOW),
                new UserEvent.EmailConfirmed(EmailConfirmationReason.ADMINISTRATOR, NOW));
        assertThat(invited.isEmailConfirmed()).isFalse();
        invited.pullEvents();
        invited.changePassword(HASH, PasswordChangeMethod.INVITATION, LATER);
        assertThat(invited.pullEvents()).containsExactly(
                new UserEvent.PasswordChanged(PasswordChangeMethod.INVITATION, LATER),
                new UserEvent.EmailConfirmed(EmailConfirmationReason.INVITATION, LATER));
    }

    @Test
    void theMailedLinkConfirmsTheRegisteredAddressOnce() {
        User user = selfRegistered("bienvenu@example.cd");
        user.pullEvents();

        user.confirmRegisteredEmail(new EmailAddress("Bienvenu@Example.cd"), LATER);
        user.confirmRegisteredEmail(new EmailAddress("bienvenu@example.cd"), LATER.plusSeconds(1));

        assertThat(user.isEmailConfirmed()).isTrue();
        assertThat(user.emailConfirmedAt()).isEqualTo(LATER);
        assertThat(user.pullEvents()).containsExactly(
                new UserEvent.EmailConfirmed(EmailConfirmationReason.REGISTRATION, LATER));
    }

    @Test
    void aLinkForAnotherAddressConfirmsNothing() {
        User user = selfRegistered("bienvenu@example.cd");

        assertThatThrownBy(() -> user.confirmRegisteredEmail(new EmailAddress("autre@example.cd"), LATER))
                .isInstanceOf(StaleEmailConfirmation.class);
        assertThat(user.isEmailConfirmed()).isFalse();
    }

    @Test
    void aPasswordResetProvesTheMailboxSoItConfirmsTheAddressAndAChangeDoesNot() {
        User changed = selfRegistered("bienvenu@example.cd");
        User reset = selfRegistered("grace@example.cd");
        reset.pullEvents();

        changed.changePassword(HASH, PasswordChangeMethod.CHANGE, LATER);
        reset.changePassword(HASH, PasswordChangeMethod.RESET, LATER);

        assertThat(changed.isEmailConfirmed()).isFalse();
        assertThat(reset.pullEvents()).containsExactly(
                new UserEvent.PasswordChanged(PasswordChangeMethod.RESET, LATER),
                new UserEvent.EmailConfirmed(EmailConfirmationReason.PASSWORD_RESET, LATER));
    }

    @Test
    void aNewAddressWaitsForItsConfirmationThenReplacesTheEmail() {
        User user = registered(Role.CLIENT);
        EmailAddress before = user.email();
        EmailAddress after = new EmailAddress("nouvelle.adresse@example.cd");

        assertThat(user.requestEmailChange(after)).isTrue();
        assertThat(user.email()).isEqualTo(before);
        assertThat(user.pendingEmail()).isEqualTo(after);
        assertThat(user.pullEvents()).isEmpty();

        assertThat(user.confirmEmailChange(after, LATER)).isEqualTo(before);
        assertThat(user.email()).isEqualTo(after);
        assertThat(user.pendingEmail()).isNull();
        assertThat(user.emailConfirmedAt()).isEqualTo(LATER);
        assertThat(user.pullEvents()).containsExactly(new UserEvent.Updated(LATER),
                new UserEvent.EmailConfirmed(EmailConfirmationReason.EMAIL_CHANGE, LATER));
    }

    @Test
    void askingForTheCurrentAddressDropsAPendingChangeAndItsLinkConfirmsNothing() {
        User user = registered(Role.CLIENT);
        EmailAddress asked = new EmailAddress("nouvelle.adresse@example.cd");
        user.requestEmailChange(asked);

        assertThat(user.requestEmailChange(user.email())).isFalse();

        assertThat(user.pendingEmail()).isNull();
        assertThatThrownBy(() -> user.confirmEmailChange(asked, LATER)).isInstanceOf(StaleEmailConfirmation.class);
    }

    @Test
    void aClientFoundByEmailIsLinkedOnlyToAConfirmedAccountWithThatEmailInAnyCase() {
        User unconfirmed = selfRegistered("bienvenu@example.cd");
        User confirmed = selfRegistered("grace@example.cd");
        confirmed.confirmRegisteredEmail(confirmed.email(), NOW);
        UUID client = UUID.randomUUID();

        assertThat(unconfirmed.linkClientFoundByEmail(client, new EmailAddress("bienvenu@example.cd"), LATER))
                .isEqualTo(ClientLinking.EMAIL_NOT_CONFIRMED);
        assertThat(confirmed.linkClientFoundByEmail(client, new EmailAddress("autre@example.cd"), LATER))
                .isEqualTo(ClientLinking.EMAIL_MISMATCH);
        assertThat(confirmed.linkClientFoundByEmail(client, null, LATER)).isEqualTo(ClientLinking.EMAIL_MISMATCH);
        assertThat(unconfirmed.links().client()).isNull();
        assertThat(confirmed.links().client()).isNull();

        assertThat(confirmed.linkClientFoundByEmail(client, new EmailAddress("Grace@Example.CD"), LATER))
                .isEqualTo(ClientLinking.LINKED);
        assertThat(confirmed.links().client()).isEqualTo(client);
    }

    @Test
    void aStaffLinkNeedsNoMatchingEmailButNeverMovesAnAccountLinkedElsewhere() {
        User unconfirmed = selfRegistered("bienvenu@example.cd");
        UUID client = UUID.randomUUID();

        assertThat(unconfirmed.linkClient(client, LATER)).isEqualTo(ClientLinking.LINKED);
        assertThat(unconfirmed.linkClient(UUID.randomUUID(), LATER)).isEqualTo(ClientLinking.LINKED_TO_ANOTHER);
        assertThat(unconfirmed.linkClientFoundByEmail(UUID.randomUUID(), unconfirmed.email(), LATER))
                .isEqualTo(ClientLinking.LINKED_TO_ANOTHER);
        assertThat(unconfirmed.links().client()).isEqualTo(client);
    }

    private static User selfRegistered(String email) {
        return User.register(new UserId(UUID.randomUUID()), new EmailAddress(email),
                new UserProfile("Bienvenu", "Kabasele", null, null), Role.CLIENT, UserLinks.NONE, HASH,
                RegistrationOrigin.SELF_REGISTRATION, NOW);
    }
}
