package energy.mwolo.cms.kernel;

import java.net.URI;

/** Addresses staff type for the website (partners' sites, logos, social pages): absolute http or https only. */
public final class Links {

    private Links() {
    }

    /** The link, or null when blank; anything but an absolute http(s) URL of 500 characters at most is a 400. */
    public static String checked(String link, String field) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String value = link.strip();
        try {
            URI uri = URI.create(value);
            if (value.length() <= 500 && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidField(field, "cms.validation.url", value);
    }
}
