package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.AddressStreak;
import energy.mwolo.identity.accounts.model.ClientAddress;
import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.IdentifierFailures;
import energy.mwolo.identity.accounts.model.LoginLockout;
import energy.mwolo.identity.accounts.model.SignInThrottles;
import energy.mwolo.identity.accounts.model.ThrottlePolicy;
import energy.mwolo.identity.accounts.model.TypedIdentifier;
import energy.mwolo.identity.authentication.model.AttemptLimiter;
import energy.mwolo.identity.authentication.model.TooManyAttempts;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides whether a password may be checked now. Per identifier typed and client address, failures in a row make
 * that address wait, longer each time; per identifier, failures from every address together reach a ceiling that
 * makes addresses without a recent sign-in wait longer. Both live in the database (replicas share them, restarts
 * keep them) and never depend on whether the identifier names an account. Per client address across identifiers,
 * a sliding count in memory stops one address from spraying many accounts.
 * <p>
 * An admitted attempt is counted as a failure before its password is checked (in memory and in its own short
 * transaction), so concurrent attempts from one address cannot all slip in before the first failure is recorded; a
 * success takes it back.
 */
@Component
class LoginThrottle {

    private static final int CAPACITY = 100_000;

    private final SignInThrottles throttles;
    private final AttemptLimiter addresses;
    private final ThrottlePolicy policy;
    private final TransactionTemplate transactions;

    LoginThrottle(SignInThrottles throttles, LoginProperties properties, TransactionTemplate transactions) {
        this.throttles = throttles;
        this.addresses = new AttemptLimiter(properties.addressFailureLimit(), properties.addressWindow(), CAPACITY);
        this.policy = properties.throttlePolicy();
        this.transactions = transactions;
    }

    /** @throws TooManyAttempts when this address must wait before trying this identifier (or anything) again */
    Admission admit(String identifier, String clientAddress, Instant now) {
        ClientAddress address = ClientAddress.of(clientAddress);
        refuseIfWaiting(addresses.admit(address.value(), now));
        TypedIdentifier typed = new TypedIdentifier(identifier);
        try {
            transactions.executeWithoutResult(status -> {
                AddressStreak streak = throttles.lockStreak(typed, address);
                refuseIfWaiting(policy.waitBefore(throttles.failuresOf(typed), streak, now));
                throttles.saveStreak(typed, address, streak.afterFailure(now, policy.forgetAfter()));
            });
        } catch (RuntimeException e) {
            // Refused for this identifier, or not counted at all: no password is checked, so no guess to count.
            addresses.forgetFailure(address.value(), now);
            throw e;
        }
        return new Admission(typed, address, now);
    }

    Admission admit(EmailAddress email, String clientAddress, Instant now) {
        return admit(email.value(), clientAddress, now);
    }

    /** The password was right: the address's failures in a row end, and it counts as familiar. Caller's transaction. */
    void succeeded(Admission admission, Instant now) {
        AddressStreak streak = throttles.lockStreak(admission.identifier(), admission.address());
        throttles.saveStreak(admission.identifier(), admission.address(), streak.afterSuccess(now));
        addresses.forgetFailure(admission.address().value(), admission.at());
    }

    /**
     * The password was wrong: one more failure of the identifier from every address. In the caller's transaction.
     *
     * @return the lock this failure started by reaching the ceiling, if it did
     */
    Optional<LoginLockout> failed(Admission admission, Instant now) {
        IdentifierFailures before = throttles.lockFailuresOf(admission.identifier());
        IdentifierFailures after = before.afterFailure(now, policy.ceiling());
        throttles.saveFailures(admission.identifier(), after);
        return after.lockedSince(before) ? Optional.of(after.lockout()) : Optional.empty();
    }

    /** Ends every wait and the lock of an email (unlock, password reset). In the caller's transaction. */
    void forget(EmailAddress email) {
        throttles.forget(TypedIdentifier.of(email));
    }

    int purge(Instant now) {
        return throttles.purge(now, policy);
    }

    private static void refuseIfWaiting(Duration wait) {
        if (!wait.isZero() && !wait.isNegative()) {
            throw new TooManyAttempts(wait);
        }
    }

    /** An attempt let through, counted as a failure until its outcome is known. */
    record Admission(TypedIdentifier identifier, ClientAddress address, Instant at) {
    }
}
