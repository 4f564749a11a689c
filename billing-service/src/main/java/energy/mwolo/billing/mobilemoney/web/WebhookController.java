package energy.mwolo.billing.mobilemoney.web;

import energy.mwolo.billing.kernel.BusinessTime;
import energy.mwolo.billing.mobilemoney.application.MobileMoneySettings;
import energy.mwolo.billing.mobilemoney.application.ProviderGateway.CallbackReply;
import energy.mwolo.billing.mobilemoney.application.RawCallback;
import energy.mwolo.billing.mobilemoney.application.ReceivingCallback;
import energy.mwolo.billing.mobilemoney.model.Provider;
import energy.mwolo.platform.apidocs.AnswersProblem;
import energy.mwolo.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The providers' callbacks, public (no token: {@code mwolo.security.public-paths}; each provider is authenticated
 * by its own means). The body is read as bytes up to the size limit, because signatures are over the exact bytes.
 */
@RestController
@RequestMapping("/api/billing/webhooks")
class WebhookController {

    private final ReceivingCallback receiving;
    private final BusinessTime time;
    private final Problems problems;
    private final int maxBytes;

    WebhookController(ReceivingCallback receiving, BusinessTime time, Problems problems,
                      MobileMoneySettings settings) {
        this.receiving = receiving;
        this.time = time;
        this.problems = problems;
        this.maxBytes = settings.maxCallbackBytes();
    }

    @Operation(summary = "Recevoir le résultat d'un paiement (rappel d'un opérateur)")
    @AnswersProblem(status = 413, codes = "billing.mobile_money.callback_too_large")
    @PostMapping({"/{provider}", "/{provider}/"})
    ResponseEntity<?> result(@PathVariable String provider, HttpServletRequest request) throws IOException {
        return receive(provider, false, request);
    }

    @Operation(summary = "Recevoir un paiement à l'initiative du client (paybill)")
    @AnswersProblem(status = 413, codes = "billing.mobile_money.callback_too_large")
    @PostMapping({"/{provider}/c2b", "/{provider}/c2b/"})
    ResponseEntity<?> paybill(@PathVariable String provider, HttpServletRequest request) throws IOException {
        return receive(provider, true, request);
    }

    private ResponseEntity<?> receive(String code, boolean paybill, HttpServletRequest request) throws IOException {
        Optional<Provider> provider = provider(code);
        if (provider.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "billing.mobile_money.provider_unknown", code);
        }
        byte[] body = read(request.getInputStream());
        boolean tooLarge = body.length > maxBytes;
        RawCallback callback = new RawCallback(provider.get(), paybill, headers(request),
                tooLarge ? Arrays.copyOf(body, maxBytes) : body, request.getRemoteAddr(), time.now());
        if (tooLarge) {
            receiving.refuseTooLarge(callback);
            return problem(HttpStatus.CONTENT_TOO_LARGE, "billing.mobile_money.callback_too_large", maxBytes);
        }
        CallbackReply reply = receiving.receive(callback);
        return ResponseEntity.status(reply.status()).contentType(MediaType.APPLICATION_JSON).body(reply.body());
    }

    /** At most one byte past the limit is read: enough to know it is too large. */
    private byte[] read(InputStream in) throws IOException {
        return in.readNBytes(maxBytes + 1);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Object arg) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(status.value(), code, arg));
    }

    private static Optional<Provider> provider(String code) {
        for (Provider provider : Provider.values()) {
            if (provider.code().equals(code)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, String.join(", ", Collections.list(request.getHeaders(name))));
        }
        return headers;
    }
}
