package org.muster.spaces;

import org.muster.platform.Invalid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The admin's space form. The template is one field label per line, a trailing {@code *} making
 * it required; tag groups are one per line as {@code group: tag, tag}.
 */
record SpaceForm(String slug, String name, String description, String visibility, String template,
                 String tagGroups) {

    static SpaceForm empty() {
        return new SpaceForm("", "", "", "public", "", "");
    }

    static SpaceForm of(SpaceDetails details) {
        var space = details.space();
        var template = details.templateFields().stream()
                .map(f -> f.label() + (f.required() ? " *" : "")).collect(Collectors.joining("\n"));
        var groups = details.tagGroups().stream()
                .map(g -> g.name() + ": " + String.join(", ", g.tags())).collect(Collectors.joining("\n"));
        return new SpaceForm(space.slug(), space.name(), space.description(), space.visibility().code(),
                template, groups);
    }

    SpaceInput toInput() {
        return new SpaceInput(slug, name, description, visibility, templateFields(), tagGroupList());
    }

    private List<TemplateField> templateFields() {
        var fields = new ArrayList<TemplateField>();
        for (var line : lines(template)) {
            boolean required = line.endsWith("*");
            var label = required ? line.substring(0, line.length() - 1).strip() : line;
            fields.add(new TemplateField(SpaceService.nameOf(label), label, required));
        }
        return fields;
    }

    private List<TagGroup> tagGroupList() {
        var groups = new ArrayList<TagGroup>();
        for (var line : lines(tagGroups)) {
            int colon = line.indexOf(':');
            if (colon <= 0) throw new Invalid("tagGroups", "space.tag-group.format", line);
            groups.add(new TagGroup(line.substring(0, colon).strip(),
                    Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip).toList()));
        }
        return groups;
    }

    private static List<String> lines(String text) {
        if (text == null) return List.of();
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
