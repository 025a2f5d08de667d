package org.muster.branding;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Admins set the community's brand; every refusal names its field. */
@Service
public class BrandingService {

    private final BrandRepository brands;
    private final ApplicationEventPublisher events;

    BrandingService(BrandRepository brands, ApplicationEventPublisher events) {
        this.brands = brands;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Branding branding(Actor actor) {
        actor.require(Role.ADMIN);
        return current();
    }

    /** Name, colour, welcome text and footer links together; blank values bring back Muster's own. */
    @Transactional
    public Branding change(Actor actor, BrandChange change) {
        return change(actor, change, null, false);
    }

    /**
     * The admin page's one form: the change and, in the same transaction, a new logo (null keeps the
     * current one) or its removal.
     */
    @Transactional
    public Branding change(Actor actor, BrandChange change, byte[] logo, boolean removeLogo) {
        actor.require(Role.ADMIN);
        var problems = problems(change, logo);
        if (!problems.isEmpty()) throw problems.getFirst();
        brands.update(blankToNull(change.name()), BrandColours.normalised(change.accent()), blankToNull(change.welcome()),
                actor.memberId());
        brands.replaceLinks(links(change));
        if (logo != null) brands.updateLogo(Logo.of(logo), actor.memberId());
        else if (removeLogo) brands.updateLogo(null, actor.memberId());
        events.publishEvent(new BrandingChanged(actor.memberId()));
        return current();
    }

    /** A PNG, JPEG or WebP image, its type read from the bytes. */
    @Transactional
    public Branding replaceLogo(Actor actor, byte[] image) {
        actor.require(Role.ADMIN);
        if (image == null || image.length == 0) throw new Invalid("logo", "branding.logo.type");
        brands.updateLogo(Logo.of(image), actor.memberId());
        events.publishEvent(new BrandingChanged(actor.memberId()));
        return current();
    }

    @Transactional
    public Branding removeLogo(Actor actor) {
        actor.require(Role.ADMIN);
        brands.updateLogo(null, actor.memberId());
        events.publishEvent(new BrandingChanged(actor.memberId()));
        return current();
    }

    /** The logo every page shows; anyone may fetch it. */
    @Transactional(readOnly = true)
    java.util.Optional<Logo> logo() {
        return brands.findLogo();
    }

    /**
     * Everything wrong with a change, so a form can show every message at once; the first refuses the
     * API's call. Field names are the form's: {@code name}, {@code accent}, {@code welcome},
     * {@code footerLinks[i].label}, {@code footerLinks[i].url} and {@code logo} (null: no new logo).
     */
    List<Invalid> problems(BrandChange change, byte[] logo) {
        var problems = new ArrayList<Invalid>();
        if (change.name() != null && change.name().strip().length() > BrandChange.MAX_NAME)
            problems.add(new Invalid("name", "branding.name.length", BrandChange.MAX_NAME));
        if (change.accent() != null && !change.accent().isBlank()) {
            var accent = BrandColours.normalised(change.accent());
            if (accent == null) problems.add(new Invalid("accent", "branding.accent.format"));
            else if (BrandColours.contrast(accent, BrandColours.WHITE) < BrandColours.AA)
                problems.add(new Invalid("accent", "branding.accent.contrast",
                        String.format(Locale.ROOT, "%.1f", BrandColours.contrast(accent, BrandColours.WHITE))));
        }
        if (change.welcome() != null && change.welcome().length() > BrandChange.MAX_WELCOME)
            problems.add(new Invalid("welcome", "branding.welcome.length", BrandChange.MAX_WELCOME));
        var links = change.footerLinks();
        if (links.size() > BrandChange.MAX_LINKS)
            problems.add(new Invalid("footerLinks", "branding.links.count", BrandChange.MAX_LINKS));
        for (int i = 0; i < links.size(); i++) {
            var link = links.get(i);
            boolean hasLabel = !isBlank(link.label()), hasUrl = !isBlank(link.url());
            if (!hasLabel && !hasUrl) continue;
            var field = "footerLinks[" + i + "].";
            if (!hasLabel) problems.add(new Invalid(field + "label", "branding.link.label.required"));
            else if (link.label().strip().length() > FooterLink.MAX_LABEL)
                problems.add(new Invalid(field + "label", "branding.link.label.length", FooterLink.MAX_LABEL));
            if (!hasUrl || !webAddress(link.url().strip())) problems.add(new Invalid(field + "url", "branding.link.url.invalid"));
        }
        if (logo != null) {
            try {
                Logo.of(logo);
            } catch (Invalid refused) {
                problems.add(refused);
            }
        }
        return problems;
    }

    Branding current() {
        var settings = brands.find();
        return new Branding(settings.map(BrandRepository.Settings::name).orElse(null),
                settings.map(BrandRepository.Settings::accent).orElse(null),
                settings.map(BrandRepository.Settings::welcome).orElse(null), brands.listLinks(),
                settings.map(BrandRepository.Settings::logoType).orElse(null),
                settings.map(BrandRepository.Settings::updatedAt).orElse(null));
    }

    private static List<FooterLink> links(BrandChange change) {
        return change.footerLinks().stream().filter(l -> !isBlank(l.label()) || !isBlank(l.url()))
                .map(l -> new FooterLink(l.label().strip(), l.url().strip())).toList();
    }

    /** Only http and https with a host: a javascript: or data: link in every page's footer would run for everyone. */
    private static boolean webAddress(String url) {
        if (url.length() > FooterLink.MAX_URL) return false;
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
