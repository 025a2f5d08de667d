package org.muster.platform;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The admin's mailbox: every mail Muster wrote, so links can be followed without SMTP. */
@Controller
class MailPages {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final int PAGE = 50;

    private final Mailer mailer;

    MailPages(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping("/admin/mail")
    String mail(Actor actor, @RequestParam(required = false) Long before, Model model) {
        var mails = mailer.listNewest(actor, PAGE, before);
        model.addAttribute("mails", mails.stream().map(m -> new ShownMail(m, segments(m.body()))).toList());
        model.addAttribute("next", mails.size() == PAGE ? mails.getLast().id() : null);
        return "platform/mail";
    }

    /** A body split into text and links, so the template can link URLs without unescaped HTML. */
    record Segment(String text, boolean link) {
    }

    record ShownMail(Mail mail, List<Segment> body) {
    }

    static List<Segment> segments(String body) {
        var segments = new ArrayList<Segment>();
        var matcher = LINK.matcher(body);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) segments.add(new Segment(body.substring(last, matcher.start()), false));
            segments.add(new Segment(matcher.group(), true));
            last = matcher.end();
        }
        if (last < body.length()) segments.add(new Segment(body.substring(last), false));
        return segments;
    }
}
