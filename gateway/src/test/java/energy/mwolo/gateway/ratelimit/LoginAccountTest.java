package energy.mwolo.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import tools.jackson.databind.json.JsonMapper;

class LoginAccountTest {

    private final LoginAccount account = new LoginAccount(JsonMapper.builder().build());

    @Test
    void readsTheEmailCaseInsensitively() {
        assertThat(account.of(body("{\"email\":\" Agent@Mwolo.CD \",\"password\":\"x\"}"))).isEqualTo("agent@mwolo.cd");
    }

    @Test
    void fallsBackToTheUsername() {
        assertThat(account.of(body("{\"username\":\"kabila.j\",\"password\":\"x\"}"))).isEqualTo("kabila.j");
    }

    @Test
    void findsNoAccountInBrokenOrOddBodies() {
        assertThat(account.of(body("{not json"))).isNull();
        assertThat(account.of(body("[\"email\"]"))).isNull();
        assertThat(account.of(body("{\"email\":42}"))).isNull();
        assertThat(account.of(body(""))).isNull();
        assertThat(account.of(null)).isNull();
    }

    private static org.springframework.core.io.buffer.DataBuffer body(String json) {
        return DefaultDataBufferFactory.sharedInstance.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
