package org.muster.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.muster.platform.Actor;
import org.muster.platform.FormErrors;
import org.muster.platform.Invalid;
import org.muster.platform.ReturnPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign up, sign in, verify the address, reset the password. */
@Controller
class AccountPages {

    private final AccountService accounts;

    AccountPages(AccountService accounts) {
        this.accounts = accounts;
    }

    /** next: a local path to land on after the first log-in (a program's first mission), kept in the session. */
    @GetMapping("/signup")
    String signUpForm(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        ReturnPaths.remember(request, next);
        model.addAttribute("form", new SignUp(null, null, null));
        return "accounts/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUp form, BindingResult errors, HttpServletRequest request) {
        FormErrors.requireBuilt(form, errors);
        if (errors.hasErrors()) return "accounts/signup";
        accounts.signUp(form, request.getRemoteAddr());
        return "redirect:/signup/sent";
    }

    @GetMapping("/signup/sent")
    String signUpSent() {
        return "accounts/signup-sent";
    }

    @GetMapping("/login")
    String login(Actor actor, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String unverified, @RequestParam(required = false) String next,
                 HttpServletRequest request, Model model) {
        if (!actor.isVisitor()) return "redirect:" + ReturnPaths.local(next).orElse("/");
        ReturnPaths.remember(request, next);
        if (error != null) model.addAttribute("problem", "account.login.error");
        if (unverified != null) model.addAttribute("problem", "account.login.unverified");
        return "accounts/login";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(required = false) String token, Model model) {
        try {
            accounts.verify(token);
            model.addAttribute("verified", true);
        } catch (Invalid refused) {
            model.addAttribute("verified", false);
        }
        return "accounts/verify";
    }

    @PostMapping("/verify/resend")
    String resend(@RequestParam String email, HttpServletRequest request) {
        accounts.resendVerification(email, request.getRemoteAddr());
        return "redirect:/login?resent";
    }

    @GetMapping("/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("usable", accounts.resetLinkUsable(token));
        return "accounts/reset";
    }

    @PostMapping("/reset/request")
    String requestReset(@RequestParam(required = false) String email, HttpServletRequest request, Model model) {
        try {
            accounts.requestPasswordReset(email, request.getRemoteAddr());
        } catch (Invalid refused) {
            model.addAttribute("usable", false);
            model.addAttribute("error", refused.key());
            return "accounts/reset";
        }
        return "redirect:/reset?requested";
    }

    @PostMapping("/reset")
    String reset(@RequestParam String token, @RequestParam String password, Model model) {
        try {
            accounts.resetPassword(token, password);
        } catch (Invalid refused) {
            model.addAttribute("token", token);
            model.addAttribute("usable", accounts.resetLinkUsable(token));
            model.addAttribute("error", refused.key());
            return "accounts/reset";
        }
        return "redirect:/login?reset";
    }
}
