package energy.mwolo.billing.payments.web;

import energy.mwolo.billing.payments.application.AccountBook;
import energy.mwolo.billing.payments.application.ReadingAccounts;
import energy.mwolo.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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

    /**
     * What a client owes, or one of its contracts, each currency on its own (amounts of two currencies are never
     * added).
     *
     * @param client    the CRM client
     * @param contract  the CRM contract asked about; null when the whole client's balances are given
     * @param balances  one entry per currency the client has open invoices or credit in
     * @param contracts the open balance of each contract with open invoices (only the one asked about, when one is),
     *                  one entry per contract and currency, by contract number
     */
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

    /**
     * A client's balance in one currency; amounts are decimal strings in that currency ({@code "12500.00"}).
     *
     * @param currency {@code CDF} or {@code USD}
     * @param open     what its open invoices (issued, partially paid, overdue) still ask, of the contract asked
     *                 about when there is one
     * @param overdue  the part of {@code open} on invoices marked overdue (past their due date)
     * @param credit   the client's credit: confirmed payments not yet put on an invoice (the whole client's, even
     *                 when a contract is asked about)
     * @param due      open minus credit: what the client still owes in that currency (negative: in credit)
     */
    record CurrencyBalance(String currency, @Schema(format = "decimal") String open,
                           @Schema(format = "decimal") String overdue, @Schema(format = "decimal") String credit,
                           @Schema(format = "decimal") String due) {
    }

    /**
     * The open balance of one contract in one currency; amounts are decimal strings in that currency.
     *
     * @param contract       the CRM contract
     * @param contractNumber its number, {@code CT-<YYYY>-<NNNNNN>}
     * @param currency       {@code CDF} or {@code USD}
     * @param open           what its open invoices (issued, partially paid, overdue) still ask
     * @param overdue        the part of {@code open} on invoices marked overdue (past their due date)
     */
    record ContractBalance(UUID contract, String contractNumber, String currency,
                           @Schema(format = "decimal") String open, @Schema(format = "decimal") String overdue) {
    }

    /**
     * A client's statement of account between two days (both included), each currency on its own.
     *
     * @param client     the CRM client
     * @param from       the first day, ISO {@code yyyy-MM-dd}; by default the first of January of {@code to}'s year
     * @param to         the last day, ISO {@code yyyy-MM-dd}; by default today
     * @param currencies one statement per currency the client's account has moved in up to {@code to}
     */
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

    /**
     * A statement in one currency; amounts are decimal strings in that currency, a positive balance being owed by
     * the client, a negative one its credit.
     *
     * @param currency {@code CDF} or {@code USD}
     * @param opening  the balance before {@code from}: everything invoiced minus everything paid or credited
     * @param lines    the movements from {@code from} to {@code to}, by date; on one day invoices first, then credit
     *                 notes, then payments
     * @param closing  the balance at the end of {@code to}
     */
    record CurrencyStatement(String currency, @Schema(format = "decimal") String opening, List<Line> lines,
                             @Schema(format = "decimal") String closing) {
    }

    /**
     * One movement of a statement, with the balance after it; amounts are decimal strings in the statement's currency.
     *
     * @param date    the invoice's or credit note's issue date, or the day the payment was received, ISO
     *                {@code yyyy-MM-dd}
     * @param kind    {@code invoice}, {@code credit_note} or {@code payment}
     * @param id      the id of the invoice, credit note or payment
     * @param number  its number ({@code FAC-...}, {@code AV-...} or {@code PAY-...})
     * @param debit   what it adds to the balance: an invoice's total; {@code "0.00"} otherwise
     * @param credit  what it takes off: a credit note's amount, or a confirmed payment's; {@code "0.00"} for an
     *                invoice (a payment that settled invoices of the other currency shows that part in that
     *                currency's statement, as settled)
     * @param balance the balance after this line
     */
    record Line(LocalDate date, String kind, UUID id, String number, @Schema(format = "decimal") String debit,
                @Schema(format = "decimal") String credit, @Schema(format = "decimal") String balance) {
    }
}
