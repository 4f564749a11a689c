package energy.mwolo.billing.invoices.web;

import energy.mwolo.billing.invoices.model.CreditNote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** @param kind {@code full} (it cancelled the invoice) or {@code partial} */
record CreditNoteResponse(UUID id, String number, UUID invoice, UUID client, UUID contract, String kind,
                          String amount, String currency, String reason, LocalDate issueDate, Instant createdAt) {

    static CreditNoteResponse from(CreditNote note) {
        return new CreditNoteResponse(note.id(), note.number().toString(), note.invoiceId().value(), note.clientId(),
                note.contractId(), note.full() ? "full" : "partial", note.amount().text(),
                note.amount().currency().name(), note.reason(), note.issueDate(), note.createdAt());
    }
}
