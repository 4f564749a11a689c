package energy.mwolo.billing.payments.web;

import energy.mwolo.billing.payments.application.AccountBook;
import energy.mwolo.billing.payments.application.ReadingAccounts;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A client's balances (or one contract's) and its statement of account, each currency on its own. */
@RestController
class AccountController {

    private final ReadingAccounts accounts;

    AccountController(ReadingAccounts accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Soldes d'un client ou d'un contrat, par devise")
    @GetMapping({"/api/billing/balances", "/api/billing/balances/"})
    BalancesResponse balances(@RequestParam(required = false) UUID client,
                              @RequestParam(required = false) UUID contract, CurrentUser user) {
        return BalancesResponse.from(accounts.balances(client, contract, user));
    }

    @Operation(summary = "Relevé de compte d'un client")
    @GetMapping({"/api/billing/clients/{id}/statement", "/api/billing/clients/{id}/statement/"})
    StatementResponse statement(@PathVariable UUID id, @RequestParam(required = false) LocalDate from,
                                @RequestParam(required = false) LocalDate to, CurrentUser user) {
        return StatementResponse.from(accounts.statement(id, from, to, user));
    }

    /** @param due open minus credit: what the client still owes in that currency (negative: in credit) */
    record BalancesResponse(UUID client, UUID contract, List<CurrencyBalance> balances,
                            List<ContractBalance> contracts) {

        static BalancesResponse from(ReadingAccounts.ClientBalances balances) {
            return new BalancesResponse(balances.clientId(), balances.contractId(),
                    balances.currencies().stream().map(b -> new CurrencyBalance(b.currency().name(), b.open().text(),
                            b.overdue().text(), b.credit().text(), b.due().text())).toList(),
                    balances.contracts().stream().map(b -> new ContractBalance(b.contractId(), b.contractNumber(),
                            b.open().currency().name(), b.open().text(), b.overdue().text())).toList());
        }
    }

    record CurrencyBalance(String currency, String open, String overdue, String credit, String due) {
    }

    record ContractBalance(UUID contract, String contractNumber, String currency, String open, String overdue) {
    }

    record StatementResponse(UUID client, LocalDate from, LocalDate to, List<CurrencyStatement> currencies) {

        static StatementResponse from(ReadingAccounts.Statement statement) {
            return new StatementResponse(statement.clientId(), statement.from(), statement.to(),
                    statement.currencies().stream().map(StatementResponse::currency).toList());
        }

        private static CurrencyStatement currency(ReadingAccounts.CurrencyStatement statement) {
            return new CurrencyStatement(statement.currency().name(), statement.opening().text(),
                    statement.lines().stream().map(line -> line(line.line(), line.balance().text())).toList(),
                    statement.closing().text());
        }

        private static Line line(AccountBook.StatementLine line, String balance) {
            return new Line(line.date(), line.kind(), line.id(), line.number(), line.debit().text(),
                    line.credit().text(), balance);
        }
    }

    record CurrencyStatement(String currency, String opening, List<Line> lines, String closing) {
    }

    /** @param kind {@code invoice}, {@code credit_note} or {@code payment} */
    record Line(LocalDate date, String kind, UUID id, String number, String debit, String credit, String balance) {
    }
}
