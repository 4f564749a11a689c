package energy.mwolo.identity.passwords;

import org.springframework.stereotype.Component;

/** What use cases do with passwords: accept a new one (policy, then hash), and check one against a hash. */
@Component
public class Passwords {

    private final PasswordPolicy policy;
    private final PasswordHasher hasher;

    Passwords(PasswordPolicy policy, PasswordHasher hasher) {
        this.policy = policy;
        this.hasher = hasher;
    }

    /**
     * @return the hash of {@code password}
     * @throws WeakPassword naming {@code field} if the policy refuses it
     */
    public String acceptNew(String password, String email, String field) {
        policy.check(password, email, field);
        return hasher.hash(password);
    }

    /** Hashes without the policy: only for seeding a development database. */
    public String hashWithoutPolicy(String password) {
        return hasher.hash(password);
    }

    public boolean matches(String password, String hash) {
        return hasher.matches(password, hash);
    }

    public void checkAgainstNothing(String password) {
        hasher.checkAgainstNothing(password);
    }

    public boolean isOutdated(String hash) {
        return hasher.isOutdated(hash);
    }
}
