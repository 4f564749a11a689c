package energy.mwolo.billing.payments.application;

import energy.mwolo.billing.access.BillingAccess;
import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.kernel.Currency;
import energy.mwolo.billing.kernel.InvalidField;
import energy.mwolo.billing.kernel.Money;
import energy.mwolo.billing.payments.model.Payments;
import energy.mwolo.platform.security.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's balances and statement of account, in each currency on its own (amounts of two currencies are never
 * added). Staff read any client's; a customer only its own, another's is not found.
 */
@Service
@Transactional(readOnly = true)
public class ReadingAccounts {

    private final AccountBook book;
    private final Payments payments;
    private final BusinessTime time;

    ReadingAccounts(AccountBook book, Payments payments, BusinessTime time) {
        this.book = book;
        this.payments = payments;
        this.time = time;
    }

    /** @param due what the client owes once its credit is counted; negative when the credit is larger */
    public record CurrencyBalance(Currency currency, Money open, Money overdue, Money credit, Money due) {
    }

    public record ClientBalances(UUID clientId, UUID contractId, List<CurrencyBalance> currencies,
                                 List<AccountBook.ContractBalance> contracts) {
    }

    /** A statement line with the currency's balance after it. */
    public record Line(AccountBook.StatementLine line, Money balance) {
    }

    public record CurrencyStatement(Currency currency, Money opening, List<Line> lines, Money closing) {
    }

    public record Statement(UUID clientId, LocalDate from, LocalDate to, List<CurrencyStatement> currencies) {
    }

    /** Balances of a client (the customer's own when it names none), or of one contract of it. */
    public ClientBalances balances(UUID client, UUID contract, CurrentUser user) {
        BillingAccess.ReadScope scope = BillingAccess.readScope(user);
        UUID clientId = client != null ? client : scope.restricted() ? scope.ownClient() : null;
        if (clientId == null && contract != null) {
            clientId = book.clientOfContract(contract);
        }
        if (clientId == null) {
            if (!scope.restricted() && contract == null) {
                throw new InvalidField("client", "billing.validation.required");
            }
            throw PaymentRefused.clientNotFound(client);
        }
        requireVisible(clientId, scope);
        if (contract != null && !clientId.equals(book.clientOfContract(contract))) {
            throw PaymentRefused.contractOfAnotherClient(contract);
        }
        List<AccountBook.ContractBalance> contracts = book.openBalances(clientId, contract);
        Map<Currency, Money[]> sums = new EnumMap<>(Currency.class);
        for (AccountBook.ContractBalance balance : contracts) {
            Money[] sum = sums.computeIfAbsent(balance.open().currency(),
                    currency -> new Money[] {Money.zero(currency), Money.zero(currency), Money.zero(currency)});
            sum[0] = sum[0].plus(balance.open());
            sum[1] = sum[1].plus(balance.overdue());
        }
        for (Money credit : payments.creditOf(clientId)) {
            sums.computeIfAbsent(credit.currency(),
                    currency -> new Money[] {Money.zero(currency), Money.zero(currency), Money.zero(currency)})[2] =
                    credit;
        }
        List<CurrencyBalance> currencies = new ArrayList<>();
        sums.forEach((currency, sum) -> currencies.add(new CurrencyBalance(currency, sum[0], sum[1], sum[2],
                sum[0].minus(sum[2]))));
        return new ClientBalances(clientId, contract, currencies, contracts);
    }

    /**
     * The statement from {@code from} to {@code to} (both included; by default this year up to today): the opening
     * balance is everything before {@code from}, each line moves the balance of its currency.
     */
    public Statement statement(UUID client, LocalDate from, LocalDate to, CurrentUser user) {
        BillingAccess.ReadScope scope = BillingAccess.readScope(user);
        requireVisible(client, scope);
        LocalDate end = to == null ? time.today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidField("from", "billing.statement.period");
        }
        Map<Currency, Money> opening = new EnumMap<>(Currency.class);
        Map<Currency, List<Line>> lines = new EnumMap<>(Currency.class);
        Map<Currency, Money> running = new EnumMap<>(Currency.class);
        for (AccountBook.StatementLine line : book.lines(client, end)) {
            Currency currency = line.debit().currency();
            Money after = running.getOrDefault(currency, Money.zero(currency)).plus(line.debit())
                    .minus(line.credit());
            running.put(currency, after);
            if (line.date().isBefore(start)) {
                opening.put(currency, after);
            } else {
                opening.putIfAbsent(currency, Money.zero(currency));
                lines.computeIfAbsent(currency, c -> new ArrayList<>()).add(new Line(line, after));
            }
        }
        List<CurrencyStatement> currencies = new ArrayList<>();
        running.forEach((currency, closing) -> currencies.add(new CurrencyStatement(currency,
                opening.get(currency), lines.getOrDefault(currency, List.of()), closing)));
        return new Statement(client, start, end, currencies);
    }

    private void requireVisible(UUID client, BillingAccess.ReadScope scope) {
        if (!scope.allows(client) || !book.clientExists(client)) {
            throw PaymentRefused.clientNotFound(client);
        }
    }
}
