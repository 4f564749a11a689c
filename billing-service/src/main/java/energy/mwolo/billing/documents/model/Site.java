package energy.mwolo.billing.documents.model;

/**
 * The service point that consumed what an invoice bills: its reference ({@code SITE-000123}) and address. The
 * address may be unknown (null, a site heard of before its address was kept): the document then prints none.
 */
public record Site(String reference, String address) {

    public Site {
        DocumentChecks.text(reference, "reference");
        address = DocumentChecks.optionalText(address);
    }
}
