package energy.mwolo.cms.newsletter;

import energy.mwolo.cms.kernel.FormReceived;
import energy.mwolo.cms.kernel.Honeypot;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import energy.mwolo.platform.web.PageQuery;
import energy.mwolo.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The newsletter. Public: {@code subscribe/} (honeypot), {@code confirm/} and {@code unsubscribe/} with the mailed
 * token in the body or as {@code ?token=} (one-click unsubscribe, RFC 8058: a mail client POSTs the link with a
 * form body, which is ignored). Staff: {@code subscribers/}.
 */
@RestController
@RequestMapping("/api/cms/newsletter")
class NewsletterController {

    private final ManagingSubscriptions managing;

    NewsletterController(ManagingSubscriptions managing) {
        this.managing = managing;
    }

    @Operation(summary = "S'abonner à la lettre d'information")
    @PostMapping({"/subscribe", "/subscribe/"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    FormReceived subscribe(@RequestBody @Valid SubscribeRequest request) {
        if (!Honeypot.caught(request.website())) {
            managing.subscribe(request.email(), request.language() == null ? Language.FR
                    : Language.of(request.language(), "language"));
        }
        return FormReceived.RECEIVED;
    }

    @Operation(summary = "Confirmer son abonnement à la lettre d'information")
    @PostMapping({"/confirm", "/confirm/"})
    Outcome confirm(@RequestBody(required = false) TokenRequest body, @RequestParam(required = false) String token) {
        managing.confirm(token != null ? token : body == null ? null : body.token());
        return new Outcome(Subscription.CONFIRMED);
    }

    @Operation(summary = "Se désabonner de la lettre d'information")
    @PostMapping({"/unsubscribe", "/unsubscribe/"})
    Outcome unsubscribe(@RequestParam(required = false) String token) {
        managing.unsubscribe(token);
        return new Outcome(Subscription.UNSUBSCRIBED);
    }

    @Operation(summary = "Lister les abonnés à la lettre d'information")
    @GetMapping({"/subscribers", "/subscribers/"})
    PageResponse<SubscriberBody> subscribers(@RequestParam(required = false) String status, PageQuery page,
            CurrentUser user) {
        var found = managing.list(status, page.page(), page.pageSize(), user);
        return PageResponse.of(page, found.getTotalElements(), found.getContent()).map(SubscriberBody::of);
    }

    /**
     * A request to receive the newsletter. The address gets a mail with a confirmation link; it is on the list only
     * once the link is followed. The answer is the same whether the address was new, pending or already confirmed.
     *
     * @param email the address to subscribe, required, 254 characters at most
     * @param language the language of the mails: {@code fr} or {@code en}; null means {@code fr}; anything else is
     *     a 400
     * @param website leave empty: a field hidden from people that robots fill; when filled, nothing is done
     */
    record SubscribeRequest(@NotBlank @Email @Size(max = 254) String email, String language, String website) {
    }

    /**
     * The token of a confirmation mail, for confirming a subscription.
     *
     * @param token the token from the mailed confirmation link; {@code ?token=} is used instead when given
     */
    record TokenRequest(String token) {
    }

    /**
     * The state a subscription is in after confirming or unsubscribing; repeating either gives the same answer.
     *
     * @param status {@code confirmed} after a confirmation, {@code unsubscribed} after an unsubscription
     */
    record Outcome(String status) {
    }

    /**
     * An address on the newsletter list, for staff. Lists show one status ({@code confirmed} unless
     * {@code ?status=} says otherwise), the most recent subscriptions first.
     *
     * @param id the subscription's identifier
     * @param email the subscribed address
     * @param language the language of the mails sent to it: {@code fr} or {@code en}
     * @param status {@code pending} (confirmation link not yet followed), {@code confirmed} (receives the newsletter)
     *     or {@code unsubscribed}
     * @param subscribedAt when the address last asked to subscribe (ISO-8601, UTC)
     * @param confirmedAt when the address confirmed (ISO-8601, UTC); null if it never did
     * @param unsubscribedAt when the address unsubscribed (ISO-8601, UTC); null unless {@code status} is
     *     {@code unsubscribed}
     */
    record SubscriberBody(UUID id, String email, String language, String status, Instant subscribedAt,
            Instant confirmedAt, Instant unsubscribedAt) {

        static SubscriberBody of(Subscription s) {
            return new SubscriberBody(s.id(), s.email(), s.language(), s.status(), s.subscribedAt(), s.confirmedAt(),
                    s.unsubscribedAt());
        }
    }
}
