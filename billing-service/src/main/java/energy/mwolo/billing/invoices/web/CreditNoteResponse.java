package energy.mwolo.billing.invoices.web;

import energy.mwolo.billing.invoices.model.CreditNote;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A credit note: an amount taken off an invoice, tax included, for a reason. A full one cancels the invoice, and
 * what was paid on it becomes the client's credit.
 *
 * @param id        the credit note's id
 * @param number    its number, {@code AV-<YYYY>-<NNNNNN>} ({@code "AV-2026-000042"})
 * @param invoice   the invoice it credits
 * @param client    the CRM client the invoice is addressed to
 * @param contract  the CRM contract the invoice bills
 * @param kind      {@code full} (it cancelled the invoice) or {@code partial}
 * @param amount    the amount credited, tax included, a decimal string in {@code currency} ({@code "12500.00"})
 * @param currency  the invoice's currency, {@code CDF} or {@code USD}
 * @param reason    why it was issued, as the accountant wrote it (500 characters at most)
 * @param issueDate the Africa/Kinshasa day it was issued, ISO {@code yyyy-MM-dd}
 * @param createdAt when it was recorded, ISO-8601 UTC
 */
record CreditNoteResponse(UUID id, String number, UUID invoice, UUID client, UUID contract, String kind,
                          @Schema(format = "decimal") String amount, String currency, String reason,
                          LocalDate issueDate, Instant createdAt) {

    static CreditNoteResponse from(CreditNote note) {
        return new CreditNoteResponse(note.id(), note.number().toString(), note.invoiceId().value(), note.clientId(),
                note.contractId(), note.full() ? "full" : "partial", note.amount().text(),
                note.amount().currency().name(), note.reason(), note.issueDate(), note.createdAt());
    }
}
