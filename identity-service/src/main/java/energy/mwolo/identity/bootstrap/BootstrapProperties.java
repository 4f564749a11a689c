package energy.mwolo.identity.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first super administrator, created once when no super administrator exists. Both values come from the
 * environment ({@code MWOLO_BOOTSTRAP_ADMIN_EMAIL}, {@code MWOLO_BOOTSTRAP_ADMIN_PASSWORD}); the password must meet
 * the policy. Change it after the first sign-in.
 */
@ConfigurationProperties("mwolo.identity.bootstrap")
public record BootstrapProperties(String adminEmail, String adminPassword) {

    boolean configured() {
        return adminEmail != null && !adminEmail.isBlank() && adminPassword != null && !adminPassword.isBlank();
    }

    @Override
    public String toString() {
        return "BootstrapProperties[adminEmail=" + adminEmail + "]";
    }
}
