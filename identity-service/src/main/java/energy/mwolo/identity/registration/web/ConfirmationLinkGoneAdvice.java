package energy.mwolo.identity.registration.web;

import energy.mwolo.identity.registration.model.ConfirmationLinkGone;
import energy.mwolo.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 410 for a confirmation link that was used or has expired, in the platform's problem+json shape: the link existed,
 * and asking for a new one is the way on. The platform's error kinds have no 410 yet.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConfirmationLinkGoneAdvice {

    private final Problems problems;

    ConfirmationLinkGoneAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ConfirmationLinkGone.class)
    ResponseEntity<ProblemDetail> gone(ConfirmationLinkGone e) {
        ProblemDetail problem = problems.problem(410, e.code());
        problem.setProperty("field", e.field());
        return ResponseEntity.status(410).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
