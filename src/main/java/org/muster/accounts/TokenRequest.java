package org.muster.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/v1/auth/tokens: credentials for a new personal token. */
record TokenRequest(
        @NotBlank(message = "{account.email.required}") String email,
        @NotBlank(message = "{account.password.required}") String password,
        @Size(max = 60, message = "{token.name.too-long}") String name) {
}
