package org.muster.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Sign-up input; the page form and POST /api/v1/accounts share it. The address is checked in the
 * form every look-up uses, so that invisible spaces pasted around it are no reason to refuse it.
 */
record SignUp(
        @NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
        @Size(max = EmailAddresses.MAX_LENGTH, message = "{account.email.too-long}") String email,
        @NotBlank(message = "{account.password.required}")
        @Size(min = 10, max = 128, message = "{account.password.length}") String password,
        @NotBlank(message = "{account.display-name.required}")
        @Size(max = 60, message = "{account.display-name.too-long}") String displayName) {

    public SignUp {
        email = email == null ? null : EmailAddresses.canonical(email);
    }
}
