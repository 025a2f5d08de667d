package org.muster.spaces;

import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.platform.TagNames;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spaces and who may see them. An outsider asking for a space he may not see gets 404, exactly
 * as for one that does not exist.
 */
@Service
@NamedInterface("api")
public class SpaceService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+([-_][a-z0-9]+)*");
    private static final Set<String> RESERVED = Set.of("new", "admin", "api");

    private final SpaceRepository spaces;
    private final Members members;
    private final ApplicationEventPublisher events;

    SpaceService(SpaceRepository spaces, Members members, ApplicationEventPublisher events) {
        this.spaces = spaces;
        this.members = members;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Space> listVisible(Actor actor) {
        return spaces.listVisible(memberId(actor), actor.isStaff());
    }

    /** Ids of every space the actor may see, for filtering lists and search in other modules. */
    @Transactional(readOnly = true)
    public List<Long> visibleSpaceIds(Actor actor) {
        return spaces.listVisibleIds(memberId(actor), actor.isStaff());
    }

    /**
     * The tags named in the tag groups of the spaces the actor may see: such a tag is visible to him
     * even before a question carries it.
     */
    @Transactional(readOnly = true)
    public Set<String> definedTags(Actor actor) {
        return Set.copyOf(spaces.listDefinedTags(memberId(actor), actor.isStaff()));
    }

    @Transactional(readOnly = true)
    public SpaceDetails view(Actor actor, String slug) {
        return viewAmongVisible(actor, slug).details();
    }

    /** The space with its template and tag groups, or 404 when the actor may not see it. */
    @Transactional(readOnly = true)
    public SpaceDetails details(Actor actor, long spaceId) {
        return viewAmongVisible(actor, spaceId).details();
    }

    /** The space as {@link #view}, and every space the actor may see (for the list beside it), in one statement. */
    @Transactional(readOnly = true)
    public SpaceView viewAmongVisible(Actor actor, String slug) {
        return spaceView(spaces.listVisibleDetailing(null, slug, memberId(actor), actor.isStaff()));
    }

    /** The space as {@link #details}, and every space the actor may see, in one statement. */
    @Transactional(readOnly = true)
    public SpaceView viewAmongVisible(Actor actor, long spaceId) {
        return spaceView(spaces.listVisibleDetailing(spaceId, null, memberId(actor), actor.isStaff()));
    }

    private static SpaceView spaceView(List<SpaceRepository.Seen> seen) {
        var viewed = seen.stream().filter(s -> s.templateFields() != null).findFirst().orElseThrow(NotFound::new);
        return new SpaceView(new SpaceDetails(viewed.space(), viewed.templateFields(), viewed.tagGroups()),
                seen.stream().map(SpaceRepository.Seen::space).toList());
    }

    /** Refuses with 404 when the actor may not see the space. */
    @Transactional(readOnly = true)
    public Space requireVisible(Actor actor, long spaceId) {
        return spaces.findVisible(spaceId, memberId(actor), actor.isStaff()).orElseThrow(NotFound::new);
    }

    @Transactional
    public SpaceDetails create(Actor actor, SpaceInput input) {
        actor.require(Role.ADMIN);
        var slug = slug(input.slug());
        var name = required(input.name(), "name");
        var visibility = Visibility.fromCode(input.visibility());
        var fields = templateFields(input.templateFields());
        var groups = tagGroups(input.tagGroups());
        long id = spaces.insert(slug, name, text(input.description()), visibility)
                .orElseThrow(() -> new Conflict("slug", "space.slug.taken", slug));
        spaces.replaceTemplateFields(id, fields);
        spaces.replaceTagGroups(id, groups);
        events.publishEvent(new SpaceCreated(id, slug, visibility));
        return details(spaces.find(slug).orElseThrow());
    }

    /** Changes what the input gives; what it leaves out stays as it is. */
    @Transactional
    public SpaceDetails edit(Actor actor, String currentSlug, SpaceInput input) {
        actor.require(Role.ADMIN);
        var space = spaces.find(currentSlug).orElseThrow(NotFound::new);
        var slug = input.slug() == null ? space.slug() : slug(input.slug());
        var name = input.name() == null ? space.name() : required(input.name(), "name");
        var description = input.description() == null ? space.description() : text(input.description());
        var visibility = input.visibility() == null ? space.visibility() : Visibility.fromCode(input.visibility());
        var fields = input.templateFields() == null ? null : templateFields(input.templateFields());
        var groups = input.tagGroups() == null ? null : tagGroups(input.tagGroups());
        if (!spaces.update(space.id(), slug, name, description, visibility))
            throw new Conflict("slug", "space.slug.taken", slug);
        if (fields != null) spaces.replaceTemplateFields(space.id(), fields);
        if (groups != null) spaces.replaceTagGroups(space.id(), groups);
        events.publishEvent(new SpaceChanged(space.id(), slug, visibility));
        return details(spaces.find(slug).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<SpaceMember> listMembers(Actor actor, String slug) {
        actor.require(Role.ADMIN);
        var space = spaces.find(slug).orElseThrow(NotFound::new);
        var listed = spaces.listMembers(space.id());
        var names = members.summaries(listed.stream().map(SpaceRepository.Listed::memberId).toList());
        return listed.stream().map(l -> new SpaceMember(l.memberId(),
                names.containsKey(l.memberId()) ? names.get(l.memberId()).displayName() : "?", l.addedAt())).toList();
    }

    @Transactional
    public void addMember(Actor actor, String slug, String email) {
        actor.require(Role.ADMIN);
        var space = spaces.find(slug).orElseThrow(NotFound::new);
        var member = members.findByEmail(email == null ? "" : email)
                .orElseThrow(() -> new Invalid("email", "space.member.unknown", email));
        if (spaces.addMember(space.id(), member.id()))
            events.publishEvent(new SpaceMemberAdded(space.id(), member.id(), actor.memberId()));
    }

    @Transactional
    public void removeMember(Actor actor, String slug, long memberId) {
        actor.require(Role.ADMIN);
        var space = spaces.find(slug).orElseThrow(NotFound::new);
        if (!spaces.removeMember(space.id(), memberId)) throw new NotFound();
        events.publishEvent(new SpaceMemberRemoved(space.id(), memberId, actor.memberId()));
    }

    private SpaceDetails details(Space space) {
        return new SpaceDetails(space, spaces.templateFields(space.id()), spaces.tagGroups(space.id()));
    }

    private static String slug(String value) {
        var slug = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (slug.length() < 2 || slug.length() > 50 || !SLUG.matcher(slug).matches())
            throw new Invalid("slug", "space.slug.format");
        if (RESERVED.contains(slug)) throw new Invalid("slug", "space.slug.reserved", slug);
        return slug;
    }

    private static List<TemplateField> templateFields(List<TemplateField> fields) {
        if (fields == null) return List.of();
        if (fields.size() > 12) throw new Invalid("templateFields", "space.template.too-many");
        var names = new HashSet<String>();
        return fields.stream().map(field -> {
            var label = required(field.label(), "templateFields");
            var name = field.name() == null || field.name().isBlank() ? nameOf(label) : field.name().strip();
            if (!NAME.matcher(name).matches() || name.length() > 40)
                throw new Invalid("templateFields", "space.template.name", name);
            if (!names.add(name)) throw new Invalid("templateFields", "space.template.duplicate", name);
            return new TemplateField(name, label, field.required());
        }).toList();
    }

    private static List<TagGroup> tagGroups(List<TagGroup> groups) {
        if (groups == null) return List.of();
        var names = new HashSet<String>();
        return groups.stream().map(group -> {
            var name = required(group.name(), "tagGroups");
            if (!names.add(name)) throw new Invalid("tagGroups", "space.tag-group.duplicate", name);
            var tags = new LinkedHashSet<String>();
            for (var raw : group.tags() == null ? List.<String>of() : group.tags()) {
                if (raw == null || raw.isBlank()) continue;
                var tag = TagNames.normalize(raw);
                if (tag == null) throw new Invalid("tagGroups", TagNames.REFUSED, raw);
                tags.add(tag);
            }
            if (tags.isEmpty()) throw new Invalid("tagGroups", "space.tag-group.empty", name);
            return new TagGroup(name, List.copyOf(tags));
        }).toList();
    }

    static String nameOf(String label) {
        var name = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return name.isEmpty() ? "field" : name;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) throw new Invalid(field, "space." + field + ".required");
        return value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static long memberId(Actor actor) {
        return actor.isVisitor() ? 0 : actor.memberId();
    }
}
