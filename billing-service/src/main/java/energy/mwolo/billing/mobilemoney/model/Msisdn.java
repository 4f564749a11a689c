package energy.mwolo.billing.mobilemoney.model;

import energy.mwolo.billing.kernel.InvalidField;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Congolese mobile number (+243 and 9 digits), however it was typed: {@code +243 812 345 678},
 * {@code 243812345678}, {@code 0812345678} or {@code 812345678} are the same number.
 */
public record Msisdn(String national) {

    private static final Pattern NATIONAL = Pattern.compile("[1-9]\\d{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

    public Msisdn {
        if (national == null || !NATIONAL.matcher(national).matches()) {
            throw new InvalidField("msisdn", "billing.mobile_money.msisdn_invalid", String.valueOf(national));
        }
    }

    /** A typed number, refused (400 on {@code msisdn}) unless it is +243 and 9 digits. */
    public static Msisdn parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidField("msisdn", "billing.validation.required");
        }
        String digits = SEPARATORS.matcher(text.strip()).replaceAll("");
        if (digits.startsWith("+243")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("00243")) {
            digits = digits.substring(5);
        } else if (digits.startsWith("243") && digits.length() == 12) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0") && digits.length() == 10) {
            digits = digits.substring(1);
        }
        if (!NATIONAL.matcher(digits).matches()) {
            throw new InvalidField("msisdn", "billing.mobile_money.msisdn_invalid", text);
        }
        return new Msisdn(digits);
    }

    /** {@code 243812345678}: M-Pesa's form. */
    public String international() {
        return "243" + national;
    }

    /** {@code +243812345678}. */
    public String e164() {
        return "+" + international();
    }

    public Optional<Operator> operator() {
        return Operator.of(national);
    }

    /**
     * Refuses (400 on {@code msisdn}) a number whose operator is known and is not served by {@code provider}: an
     * Airtel number cannot pay through M-Pesa. The aggregator reaches every operator; numbers of unknown prefixes go
     * through: the table may lag behind.
     */
    public Msisdn requireServedBy(Provider provider) {
        if (provider == Provider.AGGREGATOR) {
            return this;
        }
        operator().filter(operator -> operator.provider() != provider).ifPresent(operator -> {
            throw new InvalidField("msisdn", "billing.mobile_money.msisdn_operator", e164(), provider.code());
        });
        return this;
    }

    /**
     * The operator whose customer pays through {@code collector}, as payments and events name it ({@code mpesa},
     * {@code airtel}, {@code orange}, {@code africell}): the aggregator's customers by their number's operator,
     * {@code africell} when it is Africell's or unknown.
     */
    public String payerCode(Provider collector) {
        if (collector != Provider.AGGREGATOR) {
            return collector.code();
        }
        return operator().filter(operator -> operator != Operator.AFRICELL)
                .map(operator -> operator.provider().code()).orElse("africell");
    }
}
