package energy.mwolo.identity.registration.web;

import energy.mwolo.identity.mail.MailLanguage;
import energy.mwolo.identity.registration.application.ConfirmingEmail;
import energy.mwolo.identity.registration.application.ResendingConfirmation;
import energy.mwolo.identity.registration.application.SigningUp;
import energy.mwolo.platform.apidocs.AnswersProblem;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, public: every registration and every request for a new link is answered 202 with the same neutral
 * words, whatever the email, so the answer tells nobody who has an account; confirming answers 204.
 */
@RestController
@RequestMapping("/api/auth/register")
class RegistrationController {

    private final SigningUp signingUp;
    private final ConfirmingEmail confirming;
    private final ResendingConfirmation resending;
    private final MessageSource messages;

    RegistrationController(SigningUp signingUp, ConfirmingEmail confirming, ResendingConfirmation resending,
                           MessageSource messages) {
        this.signingUp = signingUp;
        this.confirming = confirming;
        this.resending = resending;
        this.messages = messages;
    }

    @Operation(summary = "Créer son compte client en ligne")
    @AnswersProblem(status = 403, codes = "accounts.registration_closed")
    @PostMapping({"", "/"})
    ResponseEntity<Accepted> register(@RequestBody @Valid RegistrationRequests.Register request) {
        MailLanguage language = request.mailLanguage();
        signingUp.signUp(request.registration(), language);
        return accepted(language);
    }

    @Operation(summary = "Confirmer son inscription avec le code reçu")
    @AnswersProblem(status = 410, codes = {"registration.confirmation_expired", "registration.confirmation_used"})
    @AnswersProblem(status = 409, codes = "accounts.email.taken")
    @PostMapping({"/confirm", "/confirm/"})
    ResponseEntity<Void> confirm(@RequestBody @Valid RegistrationRequests.Confirmation request) {
        confirming.confirm(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Renvoyer le code de confirmation d'inscription")
    @PostMapping({"/resend", "/resend/"})
    ResponseEntity<Accepted> resend(@RequestBody @Valid RegistrationRequests.Resend request) {
        MailLanguage language = request.mailLanguage();
        resending.resend(request.email(), language);
        return accepted(language);
    }

    private ResponseEntity<Accepted> accepted(MailLanguage language) {
        Locale locale = language == MailLanguage.ENGLISH ? Locale.ENGLISH : Locale.FRENCH;
        return ResponseEntity.accepted().body(new Accepted(messages.getMessage("registration.accepted", null,
                locale)));
    }

    /**
     * The answer to a registration or to a request for a new link: the same words whatever happened, so that it tells
     * nobody whether the address has an account.
     *
     * @param detail a sentence for the person, in the mails' language (French or English): if the address can be used,
     *               a message was just sent to it
     */
    record Accepted(String detail) {
    }
}
