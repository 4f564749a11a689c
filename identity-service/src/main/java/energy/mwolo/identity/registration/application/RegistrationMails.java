package energy.mwolo.identity.registration.application;

import energy.mwolo.identity.mail.MailLanguage;
import java.time.Duration;

/** The mails of registration and address changes; each leaves once the transaction that decided it commits. */
public interface RegistrationMails {

    /**
     * To the address just registered: the link that confirms it, and what to do if someone else registered with
     * it (take the account over through a password reset).
     */
    void confirmRegistration(Addressee to, String link, Duration validity, String forgottenPasswordLink,
                             MailLanguage language);

    /** To an account's new address: the link that makes it the account's email. */
    void confirmNewAddress(Addressee to, String link, Duration validity, MailLanguage language);

    /** To an account's current address: a move to {@code newAddress} was asked for and waits for confirmation. */
    void addressChangeRequested(Addressee to, String newAddress, MailLanguage language);

    /** To an account's address, instead of a second account: someone tried to register with it. */
    void registrationAttempted(Addressee to, String forgottenPasswordLink, MailLanguage language);

    /** Who a mail goes to, and how to greet them. */
    record Addressee(String address, String firstName) {

        @Override
        public String toString() {
            return "Addressee[hidden]";
        }
    }
}
