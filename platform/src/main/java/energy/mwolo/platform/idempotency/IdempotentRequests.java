package energy.mwolo.platform.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs a request that carries an idempotency key at most once per caller and key.
 *
 * <p>The transaction opens here, before the controller runs, so the use case's own {@code @Transactional} joins it
 * whatever the transaction manager (JDBC or JPA). In it: the key's advisory lock (taken without waiting: a
 * concurrent duplicate is refused with 409 rather than run), the lookup of an earlier answer (replayed, or 422 when
 * the request differs), the controller with its response held back in a buffer, then the storage of that response
 * and the commit. The client sees the response only once it is committed with the change it reports. Any exception
 * and any answer from 400 up roll the whole transaction back: no change and no key remain, and a retry runs anew.
 */
class IdempotentRequests {

    private static final TransactionDefinition REQUIRED = new DefaultTransactionDefinition();

    private final Supplier<PlatformTransactionManager> transactions;
    private final IdempotencyRecords records;
    private final Duration retention;
    private final Clock clock;

    IdempotentRequests(Supplier<PlatformTransactionManager> transactions, IdempotencyRecords records,
            Duration retention, Clock clock) {
        this.transactions = transactions;
        this.records = records;
        this.retention = retention;
        this.clock = clock;
    }

    /** What the controller does with the request it is given and the response it writes into. */
    interface Handler {
        ModelAndView handle(HttpServletRequest request, HttpServletResponse response) throws Exception;
    }

    ModelAndView run(String scope, IdempotencyKey key, String requestHash, HttpServletRequest request,
            HttpServletResponse response, Handler handler) throws Exception {
        PlatformTransactionManager manager = transactions.get();
        Map<String, List<String>> headersBefore = headers(response);
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        TransactionStatus transaction = manager.getTransaction(REQUIRED);
        ModelAndView result;
        try {
            Optional<StoredResponse> earlier = earlierAnswer(scope, key, requestHash);
            if (earlier.isPresent()) {
                manager.commit(transaction);
                replay(earlier.get(), response);
                return null;
            }
            result = handler.handle(request, buffered);
            if (request.isAsyncStarted()) {
                throw new IllegalStateException("An @Idempotent handler must answer before it returns: its answer "
                        + "is stored in the transaction of its change");
            }
            if (buffered.getStatus() >= 400) {
                manager.rollback(transaction);
            } else {
                transaction.flush();
                records.save(scope, key, answer(requestHash, buffered), clock.instant());
                manager.commit(transaction);
            }
        } catch (Exception | Error e) {
            rollbackQuietly(manager, transaction, e);
            forget(response, headersBefore);
            if (e instanceof IdempotencyRefused refused && refused.code().equals(IdempotencyRefused.IN_PROGRESS)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            }
            throw e;
        }
        buffered.copyBodyToResponse();
        return result;
    }

    private Optional<StoredResponse> earlierAnswer(String scope, IdempotencyKey key, String requestHash) {
        if (!records.tryLock(scope, key)) {
            throw IdempotencyRefused.inProgress();
        }
        Instant notBefore = clock.instant().minus(retention);
        Optional<StoredResponse> earlier = records.find(scope, key, notBefore);
        if (earlier.isPresent() && !earlier.get().requestHash().equals(requestHash)) {
            throw IdempotencyRefused.keyReused();
        }
        return earlier;
    }

    private static StoredResponse answer(String requestHash, ContentCachingResponseWrapper response) {
        return new StoredResponse(requestHash, response.getStatus(), response.getContentType(),
                response.getHeader(HttpHeaders.LOCATION), response.getContentAsByteArray());
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(Idempotent.REPLAYED_HEADER, "true");
        byte[] body = stored.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void rollbackQuietly(PlatformTransactionManager manager, TransactionStatus transaction,
            Throwable cause) {
        if (transaction.isCompleted()) {
            return;
        }
        try {
            manager.rollback(transaction);
        } catch (RuntimeException | Error rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /**
     * The failed attempt may have set a status and headers (a {@code Location} of a record that no longer exists)
     * before the commit failed: the problem answered instead starts from the headers the request had before it.
     */
    private static void forget(HttpServletResponse response, Map<String, List<String>> headersBefore) {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        headersBefore.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.putIfAbsent(name, new ArrayList<>(response.getHeaders(name)));
        }
        return headers;
    }
}
