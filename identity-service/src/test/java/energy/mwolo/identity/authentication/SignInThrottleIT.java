package energy.mwolo.identity.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.contracts.ContractJson;
import energy.mwolo.contracts.Topics;
import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.identity.Mailbox;
import energy.mwolo.platformtest.Api;
import energy.mwolo.platformtest.KafkaEvents;
import energy.mwolo.platformtest.ReceivedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Wrong passwords slow down the address they come from, for the identifier typed, and never lock the owner out:
 * waits per (identifier, client address), a ceiling per identifier over every address, and nothing that tells an
 * account from an identifier that names none. The clock is frozen where exact waits are compared.
 */
class SignInThrottleIT extends AbstractApiIT {

    private static final String WRONG = "Not-The-Right-Password-42";
    private static final String USERS = "/api/accounts/users/";

    @Test
    void theOwnerSignsInFromAnotherAddressWhileAnAttackersAddressWaits() {
        Accounts.Created owner = accounts.create("SUPER_ADMIN");
        Accounts attacker = from(newClientAddress());
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.attempt(owner.email(), WRONG).status()).isEqualTo(401);
        }
        assertThat(attacker.attempt(owner.email(), WRONG).status()).isEqualTo(429);

        Api.Reply ownersSignIn = from(newClientAddress()).attempt(owner.email(), Accounts.PASSWORD);

        assertThat(ownersSignIn.status()).as(ownersSignIn.toString()).isEqualTo(200);
        assertThat(attacker.attempt(owner.email(), Accounts.PASSWORD).status())
                .as("the attacker's address still waits").isEqualTo(429);
    }

    @Test
    void anAttackersAddressWaitsTwiceAsLongAfterEachFailureAndGuessesTenTimesInItsFirstHour() {
        clock.freeze();
        Instant start = clock.instant();
        Accounts.Created owner = accounts.create("CLIENT");

        List<String> answers = probe(from(newClientAddress()), owner.email(), 19);

        assertThat(answers).containsExactly(
                "401", "401", "401", "401", "401", "429 60",
                "401", "429 120", "401", "429 240", "401", "429 480", "401", "429 960", "401", "429 1920",
                "401", "429 3600", "401");
        // The tenth guess came 31 minutes in, the eleventh 63 minutes in: ten guesses in the first hour.
        assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofMinutes(123));
    }

    @Test
    void guessesSentAllAtOnceFromOneAddressAreAdmittedNoFasterThanOneAfterTheOther() throws Exception {
        Accounts.Created owner = accounts.create("CLIENT");
        Accounts attacker = from(newClientAddress());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                guesses.add(() -> attacker.attempt(owner.email(), WRONG).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(guesses, 60, TimeUnit.SECONDS)) {
                statuses.add(answer.get());
            }

            assertThat(statuses).as(statuses.toString()).filteredOn(status -> status == 401).hasSize(5);
            assertThat(statuses).as(statuses.toString()).filteredOn(status -> status == 429).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKnownAndAnUnknownEmailGetTheSameAnswersAndTheSameWaits() {
        clock.freeze();
        Accounts.Created known = accounts.create("CLIENT");
        String unknown = Accounts.uniqueEmail("nobody");

        List<String> forKnown = probe(from(newClientAddress()), known.email(), 19);
        List<String> forUnknown = probe(from(newClientAddress()), unknown, 19);

        assertThat(forUnknown).isEqualTo(forKnown);
        assertThat(forKnown).contains("429 60", "429 3600");
    }

    @Test
    void theProblemOfAWaitIsTheSameForAKnownAndAnUnknownEmail() {
        clock.freeze();
        Accounts.Created known = accounts.create("CLIENT");
        String unknown = Accounts.uniqueEmail("nobody");
        Accounts address = from(newClientAddress());
        for (int i = 0; i < 5; i++) {
            address.attempt(known.email(), WRONG);
            address.attempt(unknown, WRONG);
        }

        Api.Reply forKnown = address.attempt(known.email(), WRONG);
        Api.Reply forUnknown = address.attempt(unknown, WRONG);

        assertThat(forKnown.status()).isEqualTo(429);
        assertThat(forKnown.code()).isEqualTo("auth.too_many_attempts");
        assertThat(forUnknown.json()).isEqualTo(forKnown.json());
        assertThat(forUnknown.header("Retry-After")).isEqualTo(forKnown.header("Retry-After"));
    }

    @Test
    void aCaseOrSpacesChangeNothingToTheIdentifiersWait() {
        Accounts.Created owner = accounts.create("CLIENT");
        Accounts attacker = from(newClientAddress());
        for (int i = 0; i < 5; i++) {
            attacker.attempt(owner.email(), WRONG);
        }

        assertThat(attacker.attempt("  " + owner.email().toUpperCase() + " ", WRONG).status()).isEqualTo(429);
    }

    @Test
    void theCeilingMarksTheAccountLockedAndSlowsOnlyAddressesThatNeverSignedIn() {
        clock.freeze();
        String root = accounts.root().access();
        Accounts.Created owner = accounts.create("ACCOUNTANT");
        Accounts ownersAddress = from(newClientAddress());
        assertThat(ownersAddress.attempt(owner.email(), Accounts.PASSWORD).status()).isEqualTo(200);

        List<Integer> distributed = accounts.reachTheCeiling(owner.email());

        assertThat(distributed).as("every guess below the ceiling is answered as usual").containsOnly(401);
        Api.Reply listed = api.get(USERS + "?status=locked&search=" + owner.email()).as(root).send();
        assertThat(listed.json().path("count").asLong()).isEqualTo(1);
        assertThat(Instant.parse(listed.json().path("results").path(0).path("locked_until").asString()))
                .isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        Accounts newcomer = from(newClientAddress());
        assertThat(newcomer.attempt(owner.email(), WRONG).status()).isEqualTo(401);
        Api.Reply slowed = newcomer.attempt(owner.email(), WRONG);
        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.header("Retry-After")).isEqualTo("900");
        assertThat(from(newClientAddress()).attempt(owner.email(), Accounts.PASSWORD).status())
                .as("a first try from a new address still lets the owner in").isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(ownersAddress.attempt(owner.email(), WRONG).status()).isEqualTo(401);
        }
        assertThat(ownersAddress.attempt(owner.email(), Accounts.PASSWORD).status())
                .as("an address the owner signed in from keeps the usual waits").isEqualTo(200);
    }

    @Test
    void anUnknownEmailReachesTheCeilingLikeAnAccount() {
        clock.freeze();
        Accounts.Created known = accounts.create("CLIENT");
        String unknown = Accounts.uniqueEmail("nobody");
        accounts.reachTheCeiling(known.email());
        accounts.reachTheCeiling(unknown);

        List<String> forKnown = probe(from(newClientAddress()), known.email(), 4);
        List<String> forUnknown = probe(from(newClientAddress()), unknown, 4);

        assertThat(forKnown).containsExactly("401", "429 900", "401", "429 1800");
        assertThat(forUnknown).isEqualTo(forKnown);
    }

    @Test
    void reachingTheCeilingPublishesAccountLocked() {
        Accounts.Created owner = accounts.create("HR");
        Instant reached = clock.instant();

        List<Integer> statuses = accounts.reachTheCeiling(owner.email());

        assertThat(statuses).as("every guess counted: none waited, so the ceiling is reached").containsOnly(401)
                .hasSize(AbstractApiIT.CEILING_FAILURES);
        try (KafkaEvents events = KafkaEvents.on(bootstrapServers(), Topics.IDENTITY_USER_EVENTS)) {
            ReceivedEvent locked = events.awaitAtLeast(1, e -> owner.id().toString().equals(e.key())
                    && "identity.AccountLocked".equals(e.header("ce_type")), Duration.ofSeconds(90)).get(0);
            JsonNode payload = ContractJson.mapper().readTree(locked.value());
            assertThat(payload.path("consecutive_locks").asInt()).isEqualTo(1);
            assertThat(Instant.parse(payload.path("locked_until").asString()))
                    .isBetween(reached.plus(Duration.ofHours(24)), clock.instant().plus(Duration.ofHours(24)));
        }
    }

    @Test
    void unlockingEndsTheCeilingAndEveryWaitOfThatAccount() {
        String root = accounts.root().access();
        Accounts.Created owner = accounts.create("CLIENT");
        Accounts attacker = from(newClientAddress());
        accounts.reachTheCeiling(owner.email());
        for (int i = 0; i < 5; i++) {
            attacker.attempt(owner.email(), WRONG);
        }
        assertThat(attacker.attempt(owner.email(), WRONG).status()).isEqualTo(429);
        assertThat(status(root, owner)).isEqualTo("locked");

        Api.Reply unlocked = api.post(USERS + owner.id() + "/unlock/", null).as(root).send();

        assertThat(unlocked.json().path("status").asString()).isEqualTo("active");
        assertThat(attacker.attempt(owner.email(), Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsTheWaitsOfThatAccount() {
        Accounts.Created owner = accounts.create("CLIENT");
        Accounts address = from(newClientAddress());
        for (int i = 0; i < 5; i++) {
            address.attempt(owner.email(), WRONG);
        }
        assertThat(address.attempt(owner.email(), Accounts.PASSWORD).status()).isEqualTo(429);

        api.post("/api/auth/password/reset/", Map.of("email", owner.email())).send();
        String token = Mailbox.token(mailbox.awaitOneTo(owner.email()));
        assertThat(api.post("/api/auth/password/reset/confirm/", Map.of("token", token,
                "new_password", "Goma-Nyiragongo-Volcan")).send().status()).isEqualTo(204);

        assertThat(address.attempt(owner.email(), "Goma-Nyiragongo-Volcan").status()).isEqualTo(200);
    }

    /**
     * {@code attempts} wrong passwords in a row, as fast as the service allows: a 429 is written with its Retry-After
     * and the clock moves on by that much before the next attempt.
     */
    private List<String> probe(Accounts address, String email, int attempts) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            Api.Reply reply = address.attempt(email, WRONG);
            if (reply.status() == 429) {
                assertThat(reply.code()).isEqualTo("auth.too_many_attempts");
                long wait = Long.parseLong(reply.header("Retry-After"));
                answers.add("429 " + wait);
                clock.advance(Duration.ofSeconds(wait));
            } else {
                answers.add(Integer.toString(reply.status()));
            }
        }
        return answers;
    }

    private String status(String root, Accounts.Created owner) {
        return api.get(USERS + owner.id() + "/").as(root).send().json().path("status").asString();
    }

    private Accounts from(String address) {
        return new Accounts(api.from(address));
    }
}
