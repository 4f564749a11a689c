package energy.mwolo.billing.mobilemoney.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.invoices.model.InvoiceId;
import energy.mwolo.billing.invoices.model.Invoices;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway.Initiation;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequest;
import energy.mwolo.billing.mobilemoney.model.MobileMoneyRequests;
import energy.mwolo.billing.mobilemoney.model.Msisdn;
import energy.mwolo.billing.mobilemoney.model.Operator;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.platform.outbox.Uuids;
import energy.mwolo.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer (for itself) or an accountant (for any client) asks a provider to collect an amount from a number.
 * The request is saved pending before the provider is called, and the provider's answer saved after, in two short
 * transactions: a provider's slowness never holds a database transaction open, and a crash in between leaves a
 * pending request that reconciliation asks the provider about. A refusal fails the request with the provider's
 * reason; a timeout leaves it pending.
 */
@Service
public class RequestingPayment {

    private final MobileMoneyRequests requests;
    private final Map<Provider, ProviderGateway> gateways = new EnumMap<>(Provider.class);
    private final TransactionTemplate transactions;
    private final BusinessTime time;
    private final MobileMoneySettings settings;
    private final Invoices invoices;

    RequestingPayment(MobileMoneyRequests requests, List<ProviderGateway> gateways, TransactionTemplate transactions,
                      BusinessTime time, MobileMoneySettings settings, Invoices invoices) {
        this.requests = requests;
        this.invoices = invoices;
        gateways.forEach(gateway -> this.gateways.put(gateway.provider(), gateway));
        this.transactions = transactions;
        this.time = time;
        this.settings = settings;
    }

    /**
     * @param client   required from staff; a customer pays for its own client (another: 403)
     * @param provider null: the one serving the number's operator
     * @param invoices empty: the client's balance
     */
    public record NewRequest(UUID client, BigDecimal amount, String currency, String msisdn, String provider,
                             List<UUID> invoices) {
    }

    public MobileMoneyRequest request(NewRequest command, CurrentUser user) {
        UUID client = payer(command.client(), user);
        Msisdn msisdn = Msisdn.parse(command.msisdn());
        Provider provider = command.provider() == null || command.provider().isBlank()
                ? msisdn.operator().map(Operator::provider)
                .orElseThrow(() -> new InvalidField("provider", "billing.validation.required"))
                : Provider.of(command.provider(), "provider");
        Money amount = Money.positive(command.amount(), Currency.of(command.currency(), "currency"), "amount");
        List<UUID> named = transactions.execute(status -> payable(client, command.invoices()));
        Instant now = time.now();
        MobileMoneyRequest request = MobileMoneyRequest.open(Uuids.timeOrdered(), newReference(), client, amount,
                named, provider, msisdn, user.userId(), now);
        transactions.executeWithoutResult(status -> requests.add(request, now.plus(settings.checks().get(0))));

        Initiation initiation = gateways.get(provider).initiate(request);
        return transactions.execute(status -> {
            MobileMoneyRequest current = requests.lock(request.id()).orElseThrow();
            switch (initiation.kind()) {
                case ACCEPTED -> current.acknowledged(initiation.ids());
                case REFUSED -> current.fail(initiation.reason(), time.now());
                case UNKNOWN -> {
                    // Pending: the status queries will tell.
                }
            }
            requests.update(current, current.status().isFinal() ? null : now.plus(settings.checks().get(0)));
            return current;
        });
    }

    /** Named invoices must be the client's and still ask for money, each named once (else 400 on invoices). */
    private List<UUID> payable(UUID client, List<UUID> named) {
        if (named == null) {
            return List.of();
        }
        if (new HashSet<>(named).size() != named.size()) {
            throw new InvalidField("invoices", "billing.mobile_money.invoice_not_payable", "");
        }
        for (UUID id : named) {
            boolean payable = id != null && invoices.byId(new InvoiceId(id))
                    .filter(invoice -> invoice.subject().clientId().equals(client))
                    .filter(invoice -> invoice.status().isOpen())
                    .isPresent();
            if (!payable) {
                throw new InvalidField("invoices", "billing.mobile_money.invoice_not_payable", String.valueOf(id));
            }
        }
        return named;
    }

    private static UUID payer(UUID named, CurrentUser user) {
        if (isCustomer(user)) {
            user.require(BillingAccess.READ);
            if (user.clientId() == null || (named != null && !named.equals(user.clientId()))) {
                throw new InvalidField("client", "billing.mobile_money.own_client_only");
            }
            return user.clientId();
        }
        BillingAccess.requireStaff(user, BillingAccess.CREATE);
        if (named == null) {
            throw new InvalidField("client", "billing.validation.required");
        }
        return named;
    }

    private static boolean isCustomer(CurrentUser user) {
        return user.authenticated() && user.hasRole(BillingAccess.CLIENT_ROLE)
                && !user.hasRole(CurrentUser.SUPER_ADMIN);
    }

    /** Ours, unique, and short enough for every provider's reference field (M-Pesa's, Airtel's, Orange's order id). */
    private static String newReference() {
        return "MM" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
    }
}
