package energy.mwolo.identity.authentication.application;

import java.time.Duration;

/** Sends the mails that carry password tokens, once the transaction that created the token has committed. */
public interface PasswordMails {

    void send(PasswordMail mail);

    /**
     * One mail: to whom, how to greet them, the link holding the token, and how long it works.
     *
     * @param invitation true for the first password of an account an administrator opened, false for a reset
     */
    record PasswordMail(String to, String firstName, String link, Duration validity, boolean invitation) {

        @Override
        public String toString() {
            return "PasswordMail[to=" + to + ", invitation=" + invitation + "]";
        }
    }
}
