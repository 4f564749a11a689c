package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.model.EmailAddress;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.accounts.model.Users;
import energy.mwolo.identity.authentication.model.PasswordTokenPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone forgot their password. The answer is the same whether or not the email names an account, and the mail
 * leaves in the background, so neither the answer nor its timing tells who has an account. Disabled accounts get
 * nothing.
 */
@Service
public class RequestingPasswordReset {

    private static final Logger log = LoggerFactory.getLogger(RequestingPasswordReset.class);

    private final Users users;
    private final MailedPasswordTokens mailed;

    RequestingPasswordReset(Users users, MailedPasswordTokens mailed) {
        this.users = users;
        this.mailed = mailed;
    }

    @Transactional
    public void request(String email) {
        EmailAddress.parse(email).flatMap(users::byEmail).filter(user -> !user.isDisabled()).ifPresent(this::send);
    }

    private void send(User user) {
        if (!mailed.send(user, PasswordTokenPurpose.RESET)) {
            log.info("Password reset for user {} not sent: hourly limit reached", user.id());
        }
    }
}
