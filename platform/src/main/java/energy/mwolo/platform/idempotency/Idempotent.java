package energy.mwolo.platform.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method whose requests may carry an {@value #HEADER} header. The first request with a key runs
 * in one transaction with the storage of its response; a retry with the same key and the same request gets that
 * response again (with {@value #REPLAYED_HEADER}{@code : true}) and runs nothing. Keys belong to the caller.
 *
 * <ul>
 *   <li>same key, other method, path, query or body: 422 {@code idempotency.key_reused};</li>
 *   <li>same key while its first request still runs: 409 {@code idempotency.in_progress} with {@code Retry-After: 1};</li>
 *   <li>a key that is not 1 to 255 visible ASCII characters: 400 {@code idempotency.key_invalid};</li>
 *   <li>no key: the request runs as without this annotation, unless {@link #required()} (400
 *       {@code idempotency.key_required}).</li>
 * </ul>
 * Only answers below 400 are stored: a refused or failed request leaves no key behind, so its retry runs again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {

    /** The request header naming the key. */
    String HEADER = "Idempotency-Key";

    /** Set to {@code true} on a response replayed from storage. */
    String REPLAYED_HEADER = "Idempotency-Replayed";

    /** Refuse requests without a key (400): for writes that move money, where a duplicate costs a customer. */
    boolean required() default false;
}
