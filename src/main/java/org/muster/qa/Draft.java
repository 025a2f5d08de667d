package org.muster.qa;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** A post about to be stored, as the guard sees it. Kind: question, answer, comment, edit, or message (a help room's). */
@NamedInterface("ports")
public record Draft(String kind, long spaceId, String title, String body, Map<String, String> fields,
                    List<String> tags) {

    public boolean isEdit() {
        return kind.equals("edit");
    }

    public boolean isChat() {
        return kind.equals("message");
    }
}
