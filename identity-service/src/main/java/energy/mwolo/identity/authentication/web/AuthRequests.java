package energy.mwolo.identity.authentication.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of /api/auth/. Their toString never shows a password or a token. */
final class AuthRequests {

    private AuthRequests() {
    }

    /**
     * A sign-in with email and password. {@code username} is accepted instead of {@code email}, as older frontends send
     * it (its value is the email).
     *
     * @param email    the account's email, case ignored; required unless {@code username} is given
     * @param username the account's email under the name older frontends use; read only when {@code email} is absent or
     *                 blank
     * @param password the account's password
     */
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

    /**
     * A refresh token: traded for a new token pair at {@code /api/auth/refresh/}, or revoked at
     * {@code /api/auth/logout/}, which ends its whole session.
     *
     * @param refresh the refresh token of the last sign-in or refresh; it can be traded once: presented again after a
     *                few seconds' grace (10 by default), it ends the session
     */
    record Refresh(@NotBlank @Size(max = 200) String refresh) {

        @Override
        public String toString() {
            return "Refresh[hidden]";
        }
    }

    /**
     * A signed-in person's new password. Every other session of the account ends; the answer opens a new one.
     *
     * @param oldPassword the current password; a wrong one counts as a failed sign-in
     * @param newPassword the new password, different from the current one: 10 to 128 characters, neither the account's
     *                    email nor its local part, not a common password, at least 4 different characters
     */
    record ChangePassword(@NotNull @Size(max = 1024) String oldPassword,
                          @NotNull @Size(max = 1024) String newPassword) {

        @Override
        public String toString() {
            return "ChangePassword[hidden]";
        }
    }

    /**
     * A request for a mailed password-reset link. Answered 202 whether or not the address names an account.
     *
     * @param email the account's email; a disabled account gets no mail, and an account gets at most 3 reset mails an
     *              hour (by default)
     */
    record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    /**
     * A new password chosen with the token of a reset or invitation mail. Every session of the account ends.
     *
     * @param token       the token from the mailed link; usable once, for 30 minutes after a reset request or 72 hours
     *                    after an invitation (by default)
     * @param newPassword the new password: 10 to 128 characters, neither the account's email nor its local part, not a
     *                    common password, at least 4 different characters; a refused one leaves the token usable
     */
    record ResetConfirmation(@NotBlank @Size(max = 200) String token, @NotNull @Size(max = 1024) String newPassword) {

        @Override
        public String toString() {
            return "ResetConfirmation[hidden]";
        }
    }
}
