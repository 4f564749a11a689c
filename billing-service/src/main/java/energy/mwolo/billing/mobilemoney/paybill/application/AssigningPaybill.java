package energy.mwolo.billing.mobilemoney.paybill.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.billing.mobilemoney.model.ProviderReport.Outcome;
import energy.mwolo.billing.mobilemoney.paybill.model.AccountReferences;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillClientUnknown;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillNotFound;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayment;
import energy.mwolo.billing.mobilemoney.paybill.model.PaybillPayments;
import energy.mwolo.platform.security.CurrentUser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An accountant or an administrator ({@code billing:update}, staff only) credits a parked paybill payment to a
 * client: recorded with who did it and when, credited and allocated to the client's oldest dues in one transaction
 * under the row's lock. A payment the provider has not confirmed yet is asked about first (outside the
 * transaction); still unconfirmed, or already assigned: 409.
 */
@Service
public class AssigningPaybill {

    private final PaybillPayments paybills;
    private final AccountReferences references;
    private final PaybillCrediting crediting;
    private final Map<Provider, ProviderGateway> gateways = new EnumMap<>(Provider.class);
    private final TransactionTemplate transactions;
    private final BusinessTime time;

    AssigningPaybill(PaybillPayments paybills, AccountReferences references, PaybillCrediting crediting,
                     List<ProviderGateway> gateways, TransactionTemplate transactions, BusinessTime time) {
        this.paybills = paybills;
        this.references = references;
        this.crediting = crediting;
        gateways.forEach(gateway -> this.gateways.put(gateway.provider(), gateway));
        this.transactions = transactions;
        this.time = time;
    }

    public PaybillPayment assign(UUID id, UUID client, CurrentUser user) {
        BillingAccess.requireStaff(user, BillingAccess.UPDATE);
        if (client == null) {
            throw new InvalidField("client", "billing.validation.required");
        }
        PaybillPayment found = paybills.find(id).orElseThrow(() -> new PaybillNotFound(id));
        boolean confirmedNow = !found.isCredited() && !found.isConfirmed() && gateways.get(found.provider())
                .transactionStatus(found.transactionId())
                .filter(report -> report.outcome() == Outcome.SUCCEEDED).isPresent();
        return transactions.execute(tx -> {
            PaybillPayment payment = paybills.lock(id).orElseThrow(() -> new PaybillNotFound(id));
            if (confirmedNow) {
                payment.confirmed();
            }
            if (!payment.isCredited() && !references.clientExists(client)) {
                throw new PaybillClientUnknown(client);
            }
            payment.assign(client, user.userId(), time.now());
            paybills.update(payment);
            crediting.credit(payment);
            return payment;
        });
    }
}
