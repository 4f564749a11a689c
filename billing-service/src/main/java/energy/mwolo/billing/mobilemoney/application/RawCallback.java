package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.model.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A callback exactly as it arrived: stored before anything else is done with it.
 *
 * @param paybill true for a payment the customer started ({@code /{provider}/c2b/}), false for a request's result
 * @param headers names in lower case
 */
public record RawCallback(Provider provider, boolean paybill, Map<String, String> headers, byte[] body,
                          String sourceAddress, Instant receivedAt) {

    public RawCallback {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lower);
        body = body.clone();
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
