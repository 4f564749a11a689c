package energy.mwolo.billing.documents.application;

import java.util.regex.Pattern;

/** The documents billing prints, each with its numbers' prefix and its folder in the file storage. */
public enum DocumentKind {
    INVOICE("FAC", "invoices"),
    CREDIT_NOTE("AV", "credit-notes"),
    RECEIPT("PAY", "receipts");

    private final Pattern number;
    private final String folder;

    DocumentKind(String prefix, String folder) {
        this.number = Pattern.compile(prefix + "-(\\d{4})-\\d{6,}");
        this.folder = folder;
    }

    /** The folder of its PDFs in the file storage ({@code invoices}). */
    public String folder() {
        return folder;
    }

    /** The number's year; a number of another kind is refused, as it would be kept where it does not belong. */
    String yearOf(String number) {
        var matcher = this.number.matcher(number == null ? "" : number);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(number + " is not a number of " + this);
        }
        return matcher.group(1);
    }
}
