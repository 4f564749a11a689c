package energy.mwolo.crm.clients.model;

import energy.mwolo.crm.kernel.InvalidField;
import java.util.regex.Pattern;

/**
 * A DR Congo mobile number in E.164 ({@code +243} and 9 digits starting with 8 or 9). Accepts the ways people
 * write it: {@code 0812345678}, {@code +243812345678}, {@code 243 81 234 5678}, {@code 00243...}, with spaces,
 * dots, dashes or parentheses.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+243[89][0-9]{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw invalid(value);
        }
    }

    public static PhoneNumber parse(String text) {
        if (text == null) {
            throw invalid(null);
        }
        String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
        String national;
        if (digits.startsWith("+243")) {
            national = digits.substring(4);
        } else if (digits.startsWith("00243")) {
            national = digits.substring(5);
        } else if (digits.startsWith("243") && digits.length() == 12) {
            national = digits.substring(3);
        } else if (digits.startsWith("0") && digits.length() == 10) {
            national = digits.substring(1);
        } else {
            national = digits;
        }
        if (national.length() != 9 || !national.chars().allMatch(Character::isDigit)) {
            throw invalid(text);
        }
        return new PhoneNumber("+243" + national);
    }

    /**
     * For numbers typed by people outside the company's control (website forms, self-registration): a number
     * that is not a valid mobile number is dropped rather than losing the whole record.
     */
    public static PhoneNumber parseOrNone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (InvalidField e) {
            return null;
        }
    }

    private static InvalidField invalid(String text) {
        return new InvalidField("phone", "crm.phone.invalid", text);
    }
}
