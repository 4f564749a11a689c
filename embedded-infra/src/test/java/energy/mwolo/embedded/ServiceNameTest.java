package energy.mwolo.embedded;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceNameTest {

    @Test
    void theServiceSuffixIsStrippedAndDashesBecomeUnderscores() {
        assertThat(SharedPostgres.shortName("geo-service")).isEqualTo("geo");
        assertThat(SharedPostgres.shortName("geo")).isEqualTo("geo");
        assertThat(SharedPostgres.shortName("Operations-Service")).isEqualTo("operations");
        assertThat(SharedPostgres.shortName("mobile-money")).isEqualTo("mobile_money");
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreRejected() {
        for (String bad : new String[] {"", "-service", "1geo", "geo'x", "geo service", null}) {
            assertThatThrownBy(() -> SharedPostgres.shortName(bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
