package energy.mwolo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts the tests act as: the configured super administrator, and fresh accounts of any role created through
 * the API with a unique email. Each sign-in costs one Argon2 check: tests sign in only when they need a token.
 */
public final class Accounts {

    public static final String PASSWORD = "Mbandaka-Equateur-1884";
    public static final String WRONG_PASSWORD = "Wrong-Password-Again";

    private final Api api;

    public Accounts(Api api) {
        this.api = api;
    }

    public Signed root() {
        return signIn(AbstractApiIT.ROOT_EMAIL, AbstractApiIT.ROOT_PASSWORD);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.cd";
    }

    /** A new account of {@code role} with {@link #PASSWORD}, created by the super administrator. */
    public Created create(String role) {
        return create(role, Map.of());
    }

    public Created create(String role, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", uniqueEmail(role.toLowerCase()));
        body.put("password", PASSWORD);
        body.put("first_name", "Grâce");
        body.put("last_name", "Mukendi");
        body.put("post_name", "Mbombo");
        body.put("role", role);
        body.putAll(extra);
        Api.Reply reply = api.post("/api/accounts/users/", body).as(root().access()).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Created(UUID.fromString(reply.json().path("id").asString()), reply.json().path("email").asString());
    }

    /** A new account of {@code role}, signed in. */
    public Signed signedIn(String role) {
        Created created = create(role);
        return signIn(created.email(), PASSWORD);
    }

    public Signed signIn(String email, String password) {
        Api.Reply reply = api.post("/api/auth/login/", Map.of("email", email, "password", password)).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return new Signed(UUID.fromString(reply.json().path("user").path("id").asString()), email,
                reply.json().path("access").asString(), reply.json().path("refresh").asString());
    }

    public Api.Reply attempt(String email, String password) {
        return api.post("/api/auth/login/", Map.of("email", email, "password", password)).send();
    }

    /**
     * Wrong passwords for {@code email} from four fresh addresses, five each: the ceiling the tests configure
     * ({@link AbstractApiIT#CEILING_FAILURES}), reached before any of those addresses has to wait.
     *
     * @return the statuses answered, in order
     */
    public List<Integer> reachTheCeiling(String email) {
        List<Integer> statuses = new ArrayList<>();
        for (int address = 0; address < 4; address++) {
            Accounts guesser = new Accounts(api.from(AbstractApiIT.newClientAddress()));
            for (int i = 0; i < AbstractApiIT.CEILING_FAILURES / 4; i++) {
                statuses.add(guesser.attempt(email, WRONG_PASSWORD).status());
            }
        }
        return statuses;
    }

    public record Created(UUID id, String email) {
    }

    public record Signed(UUID id, String email, String access, String refresh) {
    }
}
