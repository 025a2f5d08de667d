package org.muster.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a tag may be called, for questions (qa) and for a space's required tag groups (spaces) alike:
 * lower case, a space becomes a dash, letters and digits joined by - _ . + #, so the tags of software
 * users ({@code c++}, {@code c#}, {@code .net}, {@code node.js}) are names. Here rather than in qa,
 * which owns the tags, because spaces may not call qa (qa calls spaces).
 */
public final class TagNames {

    /** The message of a refused name; its argument is the name as given. */
    public static final String REFUSED = "tag.name";

    private static final Pattern NAME = Pattern.compile("\\.?[a-z0-9]+([-_.+#][a-z0-9]+)*[+#]*");
    private static final int MAX = 35;

    private TagNames() {
    }

    /** The name as stored, or null when it is not a tag name. */
    public static String normalize(String raw) {
        if (raw == null) return null;
        var name = raw.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return name.length() <= MAX && NAME.matcher(name).matches() ? name : null;
    }
}
