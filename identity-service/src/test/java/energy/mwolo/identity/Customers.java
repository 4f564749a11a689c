package energy.mwolo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.platformtest.Api;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Customers registering themselves, and confirming their address with the link mailed to them. */
public final class Customers {

    public static final String PASSWORD = "Goma-Nyiragongo-Volcan";

    private final Api api;
    private final Mailbox mailbox;

    public Customers(Api api, Mailbox mailbox) {
        this.api = api;
        this.mailbox = mailbox;
    }

    public static Map<String, Object> registration(String email, String password, UUID agency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("first_name", "Bienvenu");
        body.put("last_name", "Kabasele");
        body.put("post_name", "Mutombo");
        body.put("phone", "+243 81 234 5678");
        body.put("agency", agency.toString());
        return body;
    }

    public Api.Reply register(String email, String password, UUID agency) {
        return api.post("/api/auth/register/", registration(email, password, agency)).send();
    }

    /** Registers with {@link #PASSWORD} (202 expected) and answers the token of the confirmation link mailed. */
    public String registerAndReadLink(String email, UUID agency) {
        Api.Reply reply = register(email, PASSWORD, agency);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        return Mailbox.token(mailbox.awaitOneTo(email));
    }

    public Api.Reply confirm(String token, String password) {
        return api.post("/api/auth/register/confirm/", Map.of("token", token, "password", password)).send();
    }

    /** A self-registered account whose address is confirmed; answers its id. */
    public UUID registeredAndConfirmed(String email, UUID agency) {
        String token = registerAndReadLink(email, agency);
        Api.Reply confirmed = confirm(token, PASSWORD);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        return new Accounts(api).signIn(email, PASSWORD).id();
    }
}
