package energy.mwolo.mobilemoney.simulator;

import energy.mwolo.mobilemoney.simulator.Http.Reply;
import energy.mwolo.mobilemoney.simulator.Http.Request;
import java.util.Map;

/** One provider's side: its HTTP API, and its callbacks' format, codes and expected acknowledgement. */
interface ProviderApi {

    Provider provider();

    /** Answers a request whose path is relative to the provider's base URL. */
    Reply answer(Request request);

    /** The provider's code for how a payment ended, when the scenario names none. */
    String code(Scenario.Result result);

    /**
     * The callback telling billing that {@code transaction} ended with {@code status} and {@code code} (which may
     * differ from the transaction's own: a contradicting callback), signed as {@code signature} says.
     */
    Outgoing callback(Transaction transaction, PaymentStatus status, String code, Scenario.Signature signature,
                      ProviderSettings settings);

    /** What is wrong with billing's answer to {@code sent} ({@code null}: it is the acknowledgement expected). */
    default String replyProblem(Outgoing sent, int status, String body) {
        return status >= 200 && status < 300 ? null : "expected a 2xx answer, got " + status;
    }

    /** A callback ready to leave: target ({@code null}: none configured), headers besides Content-Type, body. */
    record Outgoing(String url, Map<String, String> headers, String body) {
    }
}
