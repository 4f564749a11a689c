package energy.mwolo.audit.log.web;

import energy.mwolo.audit.log.application.VerifyingChain;
import energy.mwolo.audit.log.model.Verification;
import energy.mwolo.platform.apidocs.AnswersProblem;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Verification on demand: {@code from} and {@code to} are sequence numbers (default: the whole chain). */
@RestController
class VerificationController {

    private final VerifyingChain verifying;
    private final Problems messages;

    VerificationController(VerifyingChain verifying, Problems messages) {
        this.verifying = verifying;
        this.messages = messages;
    }

    @Operation(summary = "Vérifier l'intégrité de la chaîne du journal")
    @AnswersProblem(status = 409, codes = "audit.checkpoint_unreadable")
    @GetMapping({"/api/audit/verify", "/api/audit/verify/"})
    VerificationResponse verify(
            @Parameter(description = "Premier numéro de séquence vérifié (inclus) ; le début de la chaîne si absent.")
            @RequestParam(required = false) Long from,
            @Parameter(description = "Dernier numéro de séquence vérifié (inclus) ; la fin de la chaîne si absent.")
            @RequestParam(required = false) Long to,
            CurrentUser user) {
        Verification v = verifying.verify(from, to, user);
        String detail = v.valid() ? null : messages.message("audit.verify." + v.reason().code(),
                new Object[] {String.valueOf(v.firstInvalidSeq()), v.anchorLabel(), String.valueOf(v.lastCheckpointSeq())});
        return new VerificationResponse(v.valid(), v.checked(), v.firstInvalidSeq(),
                v.valid() ? null : v.reason().code(), detail, v.checkpoints(), v.lastCheckpointSeq());
    }
}
