package energy.mwolo.identity.authentication.application;

import energy.mwolo.identity.accounts.application.Invitations;
import energy.mwolo.identity.accounts.model.User;
import energy.mwolo.identity.authentication.model.PasswordTokenPurpose;
import org.springframework.stereotype.Component;

/** Invites the holder of a new account without a password to set one, through the reset page. */
@Component
class InvitingUser implements Invitations {

    private final MailedPasswordTokens mailed;

    InvitingUser(MailedPasswordTokens mailed) {
        this.mailed = mailed;
    }

    @Override
    public void invite(User user) {
        mailed.send(user, PasswordTokenPurpose.INVITATION);
    }
}
