package energy.mwolo.platform.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem a handler answers that its feature's exceptions do not tell the API document (which reads them per
 * feature, {@code ErrorKind} by {@code ErrorKind}): a status of its own (410 for a link used up, 413 for a callback too
 * large), or a read that answers a conflict. The operation lists it with its feature's own.
 *
 * <pre>{@code
 * @AnswersProblem(status = 409, codes = "billing.exchange_rate.missing")
 * @GetMapping("/{date}/")
 * ExchangeRateResponse on(@PathVariable LocalDate date) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(AnswersProblem.List.class)
public @interface AnswersProblem {

    /** The HTTP status of the problem. */
    int status();

    /** Its stable codes. */
    String[] codes();

    /** Several statuses on one handler. */
    @Documented
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {

        AnswersProblem[] value();
    }
}
