package org.muster.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.FormErrors;
import org.muster.platform.Invalid;
import org.muster.platform.ReturnPaths;
import org.muster.platform.MemberPrincipal;
import org.muster.platform.SessionSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign up, sign in, verify the address, reset the password. */
@Controller
class AccountPages {

    /**
     * The member this browser created by signing up. Opening the verification link signs in only in that
     * browser: the link alone proves the mailbox, but someone else may have signed up with that address
     * and a password they know, and the mailbox's owner, signed in to that account without noticing,
     * would then use an account its creator can read. Only creating the account sets it (not signing up
     * again with a taken address, not asking for a new link), so no other browser can earn it. Elsewhere
     * the link verifies the address and the member logs in with the password.
     */
    private static final String SIGNED_UP_MEMBER = "muster.signed-up-member";
    /** The address typed at sign-up or resend, only to show it again on "check your mail". */
    private static final String SIGNED_UP_EMAIL = "muster.signed-up-email";

    private final AccountService accounts;
    private final MemberDirectory directory;
    private final SessionSignIn sessions;

    AccountPages(AccountService accounts, MemberDirectory directory, SessionSignIn sessions) {
        this.accounts = accounts;
        this.directory = directory;
        this.sessions = sessions;
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
        var created = accounts.signUp(form, request.getRemoteAddr());
        var session = request.getSession();
        session.setAttribute(SIGNED_UP_EMAIL, EmailAddresses.canonical(form.email()));
        created.ifPresentOrElse(id -> session.setAttribute(SIGNED_UP_MEMBER, id), () -> session.removeAttribute(SIGNED_UP_MEMBER));
        return "redirect:/signup/sent";
    }

    @GetMapping("/signup/sent")
    String signUpSent(HttpServletRequest request, Model model) {
        var session = request.getSession(false);
        model.addAttribute("email", session == null ? null : session.getAttribute(SIGNED_UP_EMAIL));
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
    String verify(@RequestParam(required = false) String token, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes redirect) {
        Member member;
        try {
            member = accounts.verify(token);
        } catch (Invalid refused) {
            model.addAttribute("verified", false);
            return "accounts/verify";
        }
        var session = request.getSession(false);
        if (session != null && Long.valueOf(member.id()).equals(session.getAttribute(SIGNED_UP_MEMBER))) {
            session.removeAttribute(SIGNED_UP_MEMBER);
            sessions.signIn((MemberPrincipal) directory.loadUserByUsername(member.email()), request, response);
            Done.tell(redirect, "account.verify.signed-in", member.displayName());
            // Where the member was going when they signed up, e.g. a program's first mission.
            return "redirect:" + ReturnPaths.take(request).orElse("/");
        }
        model.addAttribute("verified", true);
        return "accounts/verify";
    }

    /** From the login page (after an unverified sign-in) or the sign-up page's "check your mail". */
    @PostMapping("/verify/resend")
    String resend(@RequestParam(required = false) String email, @RequestParam(required = false) String from,
                  HttpServletRequest request, RedirectAttributes redirect) {
        accounts.resendVerification(email, request.getRemoteAddr());
        request.getSession().setAttribute(SIGNED_UP_EMAIL, EmailAddresses.canonical(email));
        if (!"signup".equals(from)) return "redirect:/login?resent";
        Done.tell(redirect, "account.verify.resent");
        return "redirect:/signup/sent";
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
