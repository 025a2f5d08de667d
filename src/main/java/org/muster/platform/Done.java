package org.muster.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.Serializable;
import java.util.List;

/**
 * What an action just did, said once on the page the member is sent to next ("Your shift is booked").
 * The layout shows it above every page's content; Serializable: it travels in the session's flash map.
 *
 * @param key  a message key; args are data (names, numbers), never English
 */
public record Done(String key, List<Serializable> args) implements Serializable {

    /** Tells the member, on the page the redirect leads to, that the action was done. */
    public static void tell(RedirectAttributes redirect, String key, Serializable... args) {
        redirect.addFlashAttribute("doneNotice", new Done(key, List.of(args)));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
