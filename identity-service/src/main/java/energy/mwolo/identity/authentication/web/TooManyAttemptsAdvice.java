package energy.mwolo.identity.authentication.web;

import energy.mwolo.identity.authentication.model.TooManyAttempts;
import energy.mwolo.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 429 with {@code Retry-After}, in the platform's problem+json shape: the one answer the platform's error kinds
 * cannot give yet. Everything else goes to the platform's advice.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyAttemptsAdvice {

    private final Problems problems;

    TooManyAttemptsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttempts e) {
        long seconds = e.retryAfterSeconds();
        ProblemDetail problem = problems.problem(429, "auth.too_many_attempts", (seconds + 59) / 60);
        problem.setProperty("retry_after", seconds);
        return ResponseEntity.status(429)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
