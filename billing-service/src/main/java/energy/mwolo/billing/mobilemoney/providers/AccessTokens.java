package energy.mwolo.billing.mobilemoney.providers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * An OAuth2 client-credentials token kept until shortly before it expires, then fetched again. Fetches are
 * serialised: concurrent requests share one token.
 */
final class AccessTokens {

    private static final Duration MARGIN = Duration.ofSeconds(20);

    private final Supplier<Token> fetch;
    private final Clock clock;
    private Token current;

    AccessTokens(Supplier<Token> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    synchronized String get() {
        Instant now = clock.instant();
        if (current == null || !now.plus(MARGIN).isBefore(current.expiresAt())) {
            current = fetch.get();
        }
        return current.value();
    }

    synchronized void forget() {
        current = null;
    }

    record Token(String value, Instant expiresAt) {

        /** The token of a provider's OAuth2 answer ({@code access_token}, {@code expires_in} in seconds). */
        static Token from(ProviderHttp.Answer answer, Clock clock) {
            if (!answer.ok()) {
                throw new ProviderHttp.Unreachable("token refused: HTTP " + answer.status());
            }
            return of(Json.text(answer.body(), "access_token"), Json.text(answer.body(), "expires_in"), clock);
        }

        static Token of(String value, String expiresInSeconds, Clock clock) {
            long seconds;
            try {
                seconds = expiresInSeconds == null ? 60 : Long.parseLong(expiresInSeconds);
            } catch (NumberFormatException e) {
                seconds = 60;
            }
            if (value == null) {
                throw new ProviderHttp.Unreachable("no access token in the answer");
            }
            return new Token(value, clock.instant().plusSeconds(seconds));
        }
    }
}
