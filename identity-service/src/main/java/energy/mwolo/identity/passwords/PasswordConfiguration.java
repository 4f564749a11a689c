package energy.mwolo.identity.passwords;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The policy with the shipped list of common passwords (never downloaded at run time), and the hasher. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final String COMMON_PASSWORDS = "passwords/common-passwords.txt";

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(commonPasswords());
    }

    @Bean
    PasswordHasher passwordHasher(MeterRegistry meters) {
        return new PasswordHasher(meters);
    }

    static Set<String> commonPasswords() {
        Set<String> passwords = new HashSet<>(70_000);
        try (InputStream in = PasswordConfiguration.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
