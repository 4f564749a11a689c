package energy.mwolo.mobilemoney.simulator;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment the simulator knows: asked for by billing (a collection request) or started by a customer on their own
 * (a C2B paybill payment, {@code pulled}).
 *
 * @param id          the provider's transaction id, as it appears in callbacks, status answers and the statement
 * @param provider    who holds it
 * @param reference   our reference: M-Pesa's {@code input_ThirdPartyConversationID}, Airtel's {@code transaction.id},
 *                    Orange's {@code order_id}, the aggregator's {@code reference}, a paybill's account reference
 * @param msisdn      the customer's number as the request gave it; {@code null} for Orange until the customer pays
 * @param code        the provider's result code once final (M-Pesa {@code INS-0}, Airtel {@code DP00800001001}, ...)
 * @param completedAt when it became final; {@code null} while pending
 */
public record Payment(String id, Provider provider, String reference, String msisdn, BigDecimal amount,
                      String currency, PaymentStatus status, String code, boolean pulled, Instant createdAt,
                      Instant completedAt) {
}
