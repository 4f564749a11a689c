package energy.mwolo.identity.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import energy.mwolo.identity.AbstractApiIT;
import energy.mwolo.identity.Accounts;
import energy.mwolo.platformtest.Api;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the service's own port, forwarded headers count only from the trusted proxy (the tests' 127.0.0.1, where the
 * gateway would be): a host that is not one (127.0.0.2 here) cannot pick the client address sign-in throttling keys
 * on, nor the host of the links it is sent, by writing the headers itself.
 */
class ForwardedHeadersIT extends AbstractApiIT {

    private static final String UNTRUSTED_HOST = "127.0.0.2";
    private static final String USERS = "/api/accounts/users/?page_size=1";

    @Test
    void aHostThatIsNotTheGatewayCannotDodgeTheSignInThrottleWithAMadeUpClientAddress() {
        Accounts.Created owner = accounts.create("CLIENT");
        Accounts attacker = new Accounts(api.fromPeer(UNTRUSTED_HOST));
        List<Integer> statuses = new ArrayList<>();

        for (int guess = 0; guess < 6; guess++) {
            Api.Reply reply = new Accounts(api.fromPeer(UNTRUSTED_HOST).from(newClientAddress()))
                    .attempt(owner.email(), Accounts.WRONG_PASSWORD);
            statuses.add(reply.status());
        }

        // Five failures from one address, whatever the header said: the sixth guess waits.
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
        assertThat(attacker.attempt(owner.email(), Accounts.PASSWORD).status())
                .as("the untrusted host itself is the address that waits").isEqualTo(429);
        assertThat(accounts.signIn(owner.email(), Accounts.PASSWORD).access()).as("the owner elsewhere").isNotBlank();
    }

    @Test
    void linksFollowTheAddressTheGatewayForwardsAndNotOneAnyoneElseMadeUp() {
        String token = accounts.root().access();

        Api.Reply viaGateway = api.get(USERS).as(token)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "portail.mwolo.test").send();
        Api.Reply madeUp = api.fromPeer(UNTRUSTED_HOST).get(USERS).as(token)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=https").send();

        assertThat(viaGateway.status()).as(viaGateway.toString()).isEqualTo(200);
        assertThat(viaGateway.json().path("next").asString())
                .startsWith("https://portail.mwolo.test/api/accounts/users/?");
        assertThat(madeUp.status()).as(madeUp.toString()).isEqualTo(200);
        assertThat(madeUp.json().path("next").asString()).startsWith("http://localhost:" + port() + "/api/accounts/");
    }
}
