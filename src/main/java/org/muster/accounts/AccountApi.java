package org.muster.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Accounts", description = "Sign-up, tokens, profiles")
class AccountApi {

    private final AccountService accounts;
    private final ProfileService profiles;
    private final ApiTokenService tokens;

    AccountApi(AccountService accounts, ProfileService profiles, ApiTokenService tokens) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/accounts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sign up; a verification link is mailed to the address",
            description = "Answers 202 the same way whether the address is new or already has an account, whose owner "
                    + "is mailed how to log in instead; the account can be used once the mailed link is opened.")
    SignUpAccepted signUp(@Valid @RequestBody SignUp input, HttpServletRequest request) {
        accounts.signUp(input, request.getRemoteAddr());
        return new SignUpAccepted(input.email());
    }

    @PostMapping("/api/v1/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Exchange e-mail and password for a personal API token (shown once)")
    IssuedToken issueToken(@Valid @RequestBody TokenRequest input, HttpServletRequest request) {
        return tokens.issue(input, request.getRemoteAddr());
    }

    @GetMapping("/api/v1/auth/tokens")
    @Operation(summary = "The caller's active tokens, without their secrets")
    List<ApiToken> listTokens(Actor actor) {
        return tokens.list(actor);
    }

    @DeleteMapping("/api/v1/auth/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revokeToken(Actor actor, @PathVariable long id) {
        tokens.revoke(actor, id);
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The calling member")
    MemberJson me(Actor actor) {
        return MemberJson.of(profiles.profile(actor, actor.requireMember()));
    }

    @PatchMapping("/api/v1/me")
    @Operation(summary = "Edit the caller's profile")
    MemberJson editMe(Actor actor, @Valid @RequestBody EditProfile input) {
        return MemberJson.of(profiles.edit(actor, actor.requireMember(), input));
    }

    @GetMapping("/api/v1/members/{id}")
    @Operation(summary = "A member's public profile")
    MemberJson member(Actor actor, @PathVariable long id) {
        return MemberJson.of(profiles.profile(actor, id));
    }
}
