package energy.mwolo.billing.documents.model;

/** The service point that consumed what an invoice bills: its reference ({@code SITE-000123}) and address. */
public record Site(String reference, String address) {

    public Site {
        DocumentChecks.text(reference, "reference");
        DocumentChecks.text(address, "address");
    }
}
