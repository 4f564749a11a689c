package energy.mwolo.identity.registration.web;

import energy.mwolo.identity.accounts.application.Registration;
import energy.mwolo.identity.mail.MailLanguage;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Request bodies of /api/auth/register/. Their toString never shows a password or a token. */
final class RegistrationRequests {

    private RegistrationRequests() {
    }

    /**
     * A customer's online registration: it opens a {@code CLIENT} account whose email is confirmed later through a
     * mailed link, while the setting {@code self_registration_open} allows it. The answer is the same whether or not
     * the address already has an account.
     *
     * @param email     the address to sign in with; the confirmation link is mailed to it
     * @param password  the password to sign in with and to confirm the address: 10 to 128 characters, neither the
     *                  account's email nor its local part, not a common password, at least 4 different characters
     * @param firstName the person's first name, at most 100 characters
     * @param lastName  the person's last name, at most 100 characters
     * @param postName  the Congolese post-nom, optional, at most 100 characters
     * @param phone     the person's phone number, optional, at most 30 characters: digits, spaces and {@code + ( ) . -}
     * @param agency    the geo-service agency the customer deals with; it must be open
     * @param language  the mails' language, {@code fr} or {@code en}; absent, the request's Accept-Language decides
     *                  (English for {@code en}, French otherwise)
     */
    record Register(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(max = 1024) String password,
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Size(max = 100) String postName,
            @Size(max = 30) @Pattern(regexp = "[0-9+ ().-]*", message = "{accounts.validation.phone}") String phone,
            @NotNull UUID agency,
            @Pattern(regexp = "fr|en", message = "{registration.validation.language}") String language) {

        Registration registration() {
            return new Registration(email, password, firstName, lastName, postName, phone, agency);
        }

        MailLanguage mailLanguage() {
            return language == null ? MailLanguage.ofCaller() : MailLanguage.of(language);
        }

        @Override
        public String toString() {
            return "Register[" + email + "]";
        }
    }

    /**
     * The confirmation of an address with the link mailed to it: the address given at registration, or a new address
     * set on the account, which then replaces the old one (and ends every session).
     *
     * @param token    the token from the mailed link; usable once, for 24 hours by default
     * @param password the account's current password, proving its holder is the one confirming; a wrong one leaves the
     *                 link usable
     */
    record Confirmation(@NotBlank @Size(max = 200) String token, @NotNull @Size(max = 1024) String password) {

        @Override
        public String toString() {
            return "Confirmation[hidden]";
        }
    }

    /**
     * A request for a new link confirming the address given at registration. Answered the same whatever the address;
     * the new link is the only one that works from then on.
     *
     * @param email    the registered address; only an account whose address is not confirmed yet, and not disabled,
     *                 gets a mail, at most 3 an hour (by default)
     * @param language the mails' language, {@code fr} or {@code en}; absent, the request's Accept-Language decides
     *                 (English for {@code en}, French otherwise)
     */
    record Resend(@NotBlank @Email @Size(max = 254) String email,
                  @Pattern(regexp = "fr|en", message = "{registration.validation.language}") String language) {

        MailLanguage mailLanguage() {
            return language == null ? MailLanguage.ofCaller() : MailLanguage.of(language);
        }
    }
}
