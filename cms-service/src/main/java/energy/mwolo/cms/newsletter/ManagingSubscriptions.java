package energy.mwolo.cms.newsletter;

import energy.mwolo.cms.access.CmsAccess;
import energy.mwolo.cms.kernel.InvalidField;
import energy.mwolo.cms.kernel.Language;
import energy.mwolo.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double opt-in. Subscribing answers the same whatever the address's state, so the form tells no one who is on the
 * list: a new or unsubscribed address gets a pending subscription and a confirmation mail, a pending one a fresh
 * link (the old one stops working), a confirmed one nothing. Confirming and unsubscribing are idempotent; an unknown
 * or expired token is a 400. Two subscriptions of one address at once: the unique index keeps one, the other is a
 * 500-free retry for the person (the gateway's form budget bounds such repeats).
 */
@Service
public class ManagingSubscriptions {

    private static final Set<String> STATUSES = Set.of(Subscription.PENDING, Subscription.CONFIRMED,
            Subscription.UNSUBSCRIBED);

    private final Subscriptions subscriptions;
    private final NewsletterMails mails;
    private final NewsletterProperties properties;
    private final Clock clock;

    ManagingSubscriptions(Subscriptions subscriptions, NewsletterMails mails, NewsletterProperties properties,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void subscribe(String email, Language language) {
        Instant now = clock.instant();
        String confirmation = Tokens.fresh();
        Instant expires = now.plus(properties.confirmationValidity());
        String unsubscribe = Tokens.fresh();
        Subscription subscription = subscriptions.byEmail(email.strip()).orElse(null);
        if (subscription == null) {
            subscriptions.save(Subscription.pending(email.strip(), language, Tokens.hash(confirmation), expires,
                    Tokens.hash(unsubscribe), now));
        } else if (Subscription.CONFIRMED.equals(subscription.status())) {
            return;
        } else {
            subscription.askConfirmation(language, Tokens.hash(confirmation), expires, now);
            subscription.replaceUnsubscribeHash(Tokens.hash(unsubscribe));
        }
        mails.confirmation(email.strip(), language, confirmation, unsubscribe);
    }

    @Transactional
    public void confirm(String token) {
        Subscription subscription = subscriptions.findByConfirmationHash(Tokens.hash(required(token)))
                .orElseThrow(TokenInvalid::new);
        if (!subscription.confirm(clock.instant())) {
            throw new TokenInvalid();
        }
    }

    @Transactional
    public void unsubscribe(String token) {
        subscriptions.findByUnsubscribeHash(Tokens.hash(required(token))).orElseThrow(TokenInvalid::new)
                .unsubscribe(clock.instant());
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Subscription> list(String status, int page, int size,
            CurrentUser user) {
        CmsAccess.require(user, CmsAccess.READ);
        String shown = status == null ? Subscription.CONFIRMED : status;
        if (!STATUSES.contains(shown)) {
            throw new InvalidField("status", "cms.validation.unknown_code", shown);
        }
        return subscriptions.withStatus(shown, PageRequest.of(page - 1, size));
    }

    private static String required(String token) {
        if (token == null || token.isBlank()) {
            throw InvalidField.required("token");
        }
        return token.strip();
    }

    static final class TokenInvalid extends InvalidField {
        TokenInvalid() {
            super("token", "cms.newsletter.token_invalid");
        }
    }
}
