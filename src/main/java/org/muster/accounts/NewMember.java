package org.muster.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.modulith.NamedInterface;

/**
 * An admin creates a member, already verified, for integrations and imports. Without a password
 * the member sets one through "forgot password".
 */
@NamedInterface("api")
public record NewMember(
        @NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.too-long}") String email,
        @Size(min = 10, max = 128, message = "{account.password.length}") String password,
        @NotBlank(message = "{account.display-name.required}")
        @Size(max = 60, message = "{account.display-name.too-long}") String displayName,
        String role) {
}
