package energy.mwolo.billing.documents.model;

/**
 * The client a document is addressed to: client number ({@code CL-2026-000045}), name and postal address. The
 * address may be unknown (null): crm's client records carry none, and the document then prints none.
 */
public record Customer(String number, String name, String address) {

    public Customer {
        DocumentChecks.text(number, "number");
        DocumentChecks.text(name, "name");
        address = DocumentChecks.optionalText(address);
    }
}
