package energy.mwolo.cms.kernel;

import java.util.regex.Pattern;

/**
 * Slugs are the last segment of a public URL: lowercase letters, digits and single dashes, 1 to 120 characters.
 * One shaped like a UUID is refused, since staff address items by id on the same paths.
 */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Slugs() {
    }

    public static String checked(String slug, String field) {
        if (slug == null || slug.isBlank()) {
            throw InvalidField.required(field);
        }
        String value = slug.strip();
        if (value.length() > 120 || !SLUG.matcher(value).matches() || UUID_SHAPE.matcher(value).matches()) {
            throw new InvalidField(field, "cms.validation.slug", value);
        }
        return value;
    }
}
