package org.muster.branding;

import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.FormErrors;
import org.muster.platform.MusterException;
import org.muster.platform.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The admin's branding page, and the logo every page shows. */
@Controller
class BrandingPages {

    /** Name, colour and text as typed; the footer links always offer every row; a new logo or none. */
    record BrandingForm(String name, String accent, String welcome, List<FooterLink> footerLinks, MultipartFile logo,
                        Boolean removeLogo) {

        static BrandingForm of(Branding branding) {
            var links = new ArrayList<>(branding.footerLinks());
            while (links.size() < BrandChange.MAX_LINKS) links.add(new FooterLink("", ""));
            return new BrandingForm(branding.name(), branding.accent(), branding.welcome(), links, null, false);
        }

        BrandChange change() {
            var links = footerLinks == null ? List.<FooterLink>of()
                    : footerLinks.stream().map(l -> l == null ? new FooterLink("", "") : l).toList();
            return new BrandChange(name, accent, welcome, links);
        }
    }

    private final BrandingService branding;

    BrandingPages(BrandingService branding) {
        this.branding = branding;
    }

    @GetMapping("/admin/branding")
    String page(Actor actor, Model model) {
        var current = branding.branding(actor);
        model.addAttribute("form", BrandingForm.of(current));
        model.addAttribute("branding", current);
        return "branding/branding";
    }

    /**
     * Every problem of the form at once, beside its field (and in the summary at the top); nothing is
     * saved unless all of it is right, the logo included.
     */
    @PostMapping("/admin/branding")
    String save(Actor actor, @ModelAttribute("form") BrandingForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        var current = branding.branding(actor);
        var change = form.change();
        var logo = bytes(form.logo());
        var problems = branding.problems(change, logo);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> FormErrors.reject(errors, problem));
            model.addAttribute("branding", current);
            return "branding/branding";
        }
        try {
            branding.change(actor, change, logo, Boolean.TRUE.equals(form.removeLogo()));
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            model.addAttribute("branding", current);
            return "branding/branding";
        }
        Done.tell(redirect, "branding.saved");
        return "redirect:/admin/branding";
    }

    /** Its address changes with every new logo, so browsers may keep it for long. */
    @GetMapping("/brand/logo")
    ResponseEntity<byte[]> logo() {
        var logo = branding.logo().orElseThrow(NotFound::new);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(logo.bytes());
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) return null;
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
