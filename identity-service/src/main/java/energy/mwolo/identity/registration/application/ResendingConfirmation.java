package energy.mwolo.identity.registration.application;

import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.mail.MailLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone lost or let expire the link confirming their registered address. Answered the same whether or not the
 * email names an unconfirmed account; the new link (the only one that works from then on) leaves in the background,
 * at most {@code max-mails-per-hour} per account and hour. Confirmed and disabled accounts get nothing.
 */
@Service
public class ResendingConfirmation {

    private static final Logger log = LoggerFactory.getLogger(ResendingConfirmation.class);

    private final Users users;
    private final MailedConfirmations confirmations;

    ResendingConfirmation(Users users, MailedConfirmations confirmations) {
        this.users = users;
        this.confirmations = confirmations;
    }

    @Transactional
    public void resend(String email, MailLanguage language) {
        EmailAddress.parse(email).flatMap(users::byEmail)
                .filter(user -> !user.isDisabled() && !user.isEmailConfirmed())
                .ifPresent(user -> send(user, language));
    }

    private void send(User user, MailLanguage language) {
        if (!confirmations.sendRegistration(user, language)) {
            log.info("Confirmation mail for account {} not sent: hourly limit reached", user.id());
        }
    }
}
