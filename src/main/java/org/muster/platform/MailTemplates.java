package org.muster.platform;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Map;

/**
 * Renders the text templates under {@code templates/mail/} with the message bundles, in the
 * recipient's language and zone. A template's first line is the subject, the rest the body. The
 * engine is its own, not a bean: a second template engine bean would switch off the one pages use.
 */
@Component
class MailTemplates {

    record Rendered(String subject, String body) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    Rendered render(String template, Map<String, ?> model, MailRecipient recipient) {
        var context = new Context(recipient.locale());
        model.forEach(context::setVariable);
        context.setVariable("formats", new MailFormats(recipient.locale(), recipient.zone()));
        var text = engine.process(template, context).strip();
        int end = text.indexOf('\n');
        if (end < 0) return new Rendered(text, "");
        return new Rendered(text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n");
    }
}
