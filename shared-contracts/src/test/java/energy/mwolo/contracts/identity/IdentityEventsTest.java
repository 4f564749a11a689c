package energy.mwolo.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractSchemas;
import energy.mwolo.contracts.Contracts;
import energy.mwolo.contracts.EventContract;
import energy.mwolo.contracts.GoldenSamples;
import energy.mwolo.contracts.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** What the account schemas enforce beyond presence, and what they must never carry. */
class IdentityEventsTest {

    static List<EventContract<?>> identityEvents() {
        return Contracts.all().stream().filter(contract -> contract.module().equals("identity")).toList();
    }

    @Test
    void everyAccountEventIsPublishedOnTheUserTopic() {
        assertThat(identityEvents()).hasSize(9)
                .allSatisfy(contract -> assertThat(contract.topic()).isEqualTo(Topics.IDENTITY_USER_EVENTS));
    }

    @ParameterizedTest
    @MethodSource("identityEvents")
    void noAccountEventHasAPlaceForASecret(EventContract<?> contract) {
        assertThat(ContractSchemas.properties(contract))
                .noneMatch(field -> field.contains("password") || field.contains("hash")
                        || field.contains("token") || field.contains("secret"));
    }

    @Test
    void aRoleOutsideThePlatformsRolesFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(UserRoleChanged.CONTRACT).put("role", "ROOT");

        assertThat(ContractSchemas.violations(UserRoleChanged.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void anUnknownFailureReasonFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(LoginFailed.CONTRACT).put("reason", "bad_luck");

        assertThat(ContractSchemas.violations(LoginFailed.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void aFailureForAnUnknownAccountNeedsNoUserId() {
        ObjectNode sample = GoldenSamples.tree(LoginFailed.CONTRACT).put("reason", "unknown_account");
        sample.remove("user_id");

        assertThat(ContractSchemas.violations(LoginFailed.CONTRACT, sample)).isEmpty();
    }

    @Test
    void aLockMustCountAtLeastOneLock() {
        ObjectNode sample = GoldenSamples.tree(AccountLocked.CONTRACT).put("consecutive_locks", 0);

        assertThat(ContractSchemas.violations(AccountLocked.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void aMalformedEmailFailsValidation() {
        ObjectNode sample = GoldenSamples.tree(UserRegistered.CONTRACT).put("email", "bienvenu-at-example.cd");

        assertThat(ContractSchemas.violations(UserRegistered.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void aConfirmationHasOneOfTheKnownReasons() {
        ObjectNode sample = GoldenSamples.tree(UserEmailConfirmed.CONTRACT).put("reason", "because");

        assertThat(ContractSchemas.violations(UserEmailConfirmed.CONTRACT, sample)).isNotEmpty();
    }

    @Test
    void aConfirmationOfAnAccountAlreadyTiedToAClientSaysWhichOne() {
        ObjectNode sample = GoldenSamples.tree(UserEmailConfirmed.CONTRACT)
                .put("client_id", "0a6d5b7e-3c1f-4e2a-9b8d-1f2e3d4c5b6a");

        assertThat(ContractSchemas.violations(UserEmailConfirmed.CONTRACT, sample)).isEmpty();
    }
}
