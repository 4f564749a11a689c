package energy.mwolo.billing.invoices.model;

import energy.mwolo.platform.outbox.Uuids;
import java.util.Objects;
import java.util.UUID;

public record InvoiceId(UUID value) {

    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    public static InvoiceId newId() {
        return new InvoiceId(Uuids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
