package energy.mwolo.identity.authentication.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of /api/auth/. Their toString never shows a password or a token. */
final class AuthRequests {

    private AuthRequests() {
    }

    /** {@code email}, or {@code username} as older frontends send it (its value is the email). */
    record Login(@Size(max = 254) String email, @Size(max = 254) String username,
                 @NotNull @Size(max = 1024) String password) {

        String identifier() {
            return email != null && !email.isBlank() ? email : username;
        }

        @Override
        public String toString() {
            return "Login[" + identifier() + "]";
        }
    }

    record Refresh(@NotBlank @Size(max = 200) String refresh) {

        @Override
        public String toString() {
            return "Refresh[hidden]";
        }
    }

    record ChangePassword(@NotNull @Size(max = 1024) String oldPassword,
                          @NotNull @Size(max = 1024) String newPassword) {

        @Override
        public String toString() {
            return "ChangePassword[hidden]";
        }
    }

    record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    record ResetConfirmation(@NotBlank @Size(max = 200) String token, @NotNull @Size(max = 1024) String newPassword) {

        @Override
        public String toString() {
            return "ResetConfirmation[hidden]";
        }
    }
}
