package energy.mwolo.billing.documents.model;

/** The client a document is addressed to: client number ({@code CL-2026-000045}), name and postal address. */
public record Customer(String number, String name, String address) {

    public Customer {
        DocumentChecks.text(number, "number");
        DocumentChecks.text(name, "name");
        DocumentChecks.text(address, "address");
    }
}
