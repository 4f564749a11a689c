package energy.mwolo.platform.idempotency;

import energy.mwolo.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Spring MVC's handler adapter with one addition: a request to an {@link Idempotent} method that names a key runs
 * through {@link IdempotentRequests}, around everything the adapter does (argument binding, validation, the
 * controller, writing the response). Security has already run, so the key is scoped to the authenticated caller.
 */
class IdempotentHandlerAdapter extends RequestMappingHandlerAdapter {

    private final Supplier<IdempotentRequests> requests;

    IdempotentHandlerAdapter(Supplier<IdempotentRequests> requests) {
        this.requests = requests;
    }

    @Override
    protected ModelAndView handleInternal(HttpServletRequest request, HttpServletResponse response,
            HandlerMethod handler) throws Exception {
        Idempotent idempotent = handler.getMethodAnnotation(Idempotent.class);
        if (idempotent == null) {
            return super.handleInternal(request, response, handler);
        }
        Optional<IdempotencyKey> key = IdempotencyKey.from(request.getHeaders(Idempotent.HEADER));
        if (key.isEmpty()) {
            if (idempotent.required()) {
                throw IdempotencyRefused.keyRequired();
            }
            return super.handleInternal(request, response, handler);
        }
        BufferedBodyRequest buffered = BufferedBodyRequest.of(request);
        String requestHash = RequestFingerprint.of(request.getMethod(), request.getRequestURI(),
                request.getQueryString(), buffered.body());
        return requests.get().run(CurrentUser.current().actor(), key.get(), requestHash, buffered, response,
                (req, res) -> super.handleInternal(req, res, handler));
    }
}
