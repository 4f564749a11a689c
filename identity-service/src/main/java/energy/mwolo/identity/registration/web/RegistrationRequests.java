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

    /** {@code language} ({@code fr}, {@code en}) picks the mail's language, else Accept-Language does. */
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

    record Confirmation(@NotBlank @Size(max = 200) String token, @NotNull @Size(max = 1024) String password) {

        @Override
        public String toString() {
            return "Confirmation[hidden]";
        }
    }

    record Resend(@NotBlank @Email @Size(max = 254) String email,
                  @Pattern(regexp = "fr|en", message = "{registration.validation.language}") String language) {

        MailLanguage mailLanguage() {
            return language == null ? MailLanguage.ofCaller() : MailLanguage.of(language);
        }
    }
}
