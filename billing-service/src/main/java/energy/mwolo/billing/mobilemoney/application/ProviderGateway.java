package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderIds;
import energy.mwolo.billing.mobilemoney.model.ProviderReport;
import energy.mwolo.billing.mobilemoney.model.Verdict;
import java.util.Optional;

/**
 * One provider's API and callback format. Implementations never throw for what the provider or the network does:
 * a refusal is {@link Initiation#refused}, a timeout or an unreachable provider {@link Initiation#unknown} (the
 * request stays pending and is asked about later).
 */
public interface ProviderGateway {

    Provider provider();

    /** Asks the provider to collect the request's amount from its number. */
    Initiation initiate(MobileMoneyRequest request);

    /** What the provider says of the request now; empty when it could not be asked. */
    Optional<ProviderReport> status(MobileMoneyRequest request);

    /**
     * What the provider says of one of its transactions that no request of ours started (a paybill payment), by its
     * transaction id: empty when it could not be asked (or does not answer such queries); a transaction it does not
     * know is reported failed.
     */
    default Optional<ProviderReport> transactionStatus(String transactionId) {
        return Optional.empty();
    }

    /** The number that paid, as a paybill notification of this provider names it; empty when it names none. */
    default Optional<Msisdn> payer(RawCallback callback) {
        return Optional.empty();
    }

    /** Parses and authenticates a callback as far as it can without our request (signatures, hashes). */
    CallbackReading read(RawCallback callback);

    /**
     * Whether a callback read as {@code reading} is to be trusted for {@code request} without a status query (its
     * signature or token proved it), given the request it matched.
     */
    default boolean proves(CallbackReading reading, MobileMoneyRequest request) {
        return reading.authenticated();
    }

    /**
     * The answer the provider expects, whatever billing made of the callback (so it does not retry forever); a plain
     * 200 unless the provider has its own reply format.
     */
    default CallbackReply reply(RawCallback callback, Verdict verdict) {
        return CallbackReply.RECEIVED;
    }

    /** The outcome of an initiation. */
    record Initiation(Kind kind, ProviderIds ids, String reason) {

        public static Initiation accepted(ProviderIds ids) {
            return new Initiation(Kind.ACCEPTED, ids, null);
        }

        public static Initiation refused(String reason) {
            return new Initiation(Kind.REFUSED, ProviderIds.NONE, reason);
        }

        public static Initiation unknown(String reason) {
            return new Initiation(Kind.UNKNOWN, ProviderIds.NONE, reason);
        }

        public enum Kind {
            ACCEPTED, REFUSED, UNKNOWN
        }
    }

    /** An answer to a callback. */
    record CallbackReply(int status, String body) {

        public static final CallbackReply RECEIVED = new CallbackReply(200, "{\"status\":\"received\"}");
    }
}
