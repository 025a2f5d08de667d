package org.muster.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Sign-up input; the page form and POST /api/v1/accounts share it. */
public record SignUp(
        @NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.too-long}") String email,
        @NotBlank(message = "{account.password.required}")
        @Size(min = 10, max = 128, message = "{account.password.length}") String password,
        @NotBlank(message = "{account.display-name.required}")
        @Size(max = 60, message = "{account.display-name.too-long}") String displayName) {
}
