package org.muster.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Map;

/**
 * Renders the text templates under {@code templates/mail/} with the message bundles, in the
 * recipient's language and zone. A template's first line is the subject, the rest the body. A mail
 * may also have an HTML template of the same name ({@code .html}, HTML mode, so members' text is
 * escaped); without one it is text only. Every mail gets the community's name as {@code community} and
 * its brand as {@code brand} (with {@code brandLogo}, the logo's absolute address, for HTML). The engines are their own, not beans: a second template
 * engine bean would switch off the one pages use.
 */
@Component
class MailTemplates {

    /** @param html the HTML alternative, or null when the mail has no HTML template */
    record Rendered(String subject, String body, String html) {
    }

    private final SpringTemplateEngine text;
    private final SpringTemplateEngine html;
    private final ClassLoader classLoader = MailTemplates.class.getClassLoader();
    private final MessageSource messages;
    private final ObjectProvider<BrandSource> brands;
    private final SiteLinks links;

    MailTemplates(MessageSource messages, ObjectProvider<BrandSource> brands, SiteLinks links) {
        this.messages = messages;
        this.brands = brands;
        this.links = links;
        text = engine(messages, ".txt", TemplateMode.TEXT);
        html = engine(messages, ".html", TemplateMode.HTML);
    }

    private static SpringTemplateEngine engine(MessageSource messages, String suffix, TemplateMode mode) {
        var engine = new SpringTemplateEngine();
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    Rendered render(String template, Map<String, ?> model, MailRecipient recipient) {
        var context = new Context(recipient.locale());
        model.forEach(context::setVariable);
        context.setVariable("formats", new MailFormats(recipient.locale(), recipient.zone()));
        var source = brands.getIfAvailable();
        var brand = source == null ? Brand.PLAIN : source.brand();
        context.setVariable("brand", brand);
        context.setVariable("community", brand.name() != null ? brand.name()
                : messages.getMessage("app.name", null, recipient.locale()));
        context.setVariable("brandLogo", brand.logoUrl() == null ? null : links.absolute(brand.logoUrl()));
        var rendered = text.process(template, context).strip();
        var alternative = classLoader.getResource("templates/mail/" + template + ".html") == null
                ? null : html.process(template, context);
        int end = rendered.indexOf('\n');
        if (end < 0) return new Rendered(rendered, "", alternative);
        return new Rendered(rendered.substring(0, end).strip(), rendered.substring(end + 1).strip() + "\n", alternative);
    }
}
