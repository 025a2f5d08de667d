package org.muster.spaces;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

@Repository
class SpaceRepository {

    private static final String COLUMNS = "s.id, s.slug, s.name, s.description, s.visibility, s.created_at, s.updated_at";

    private static final RowMapper<Space> SPACE = (rs, row) -> new Space(rs.getLong("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("description"), Visibility.fromCode(rs.getString("visibility")),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

    /** The one place that says who sees which space; every read goes through it. */
    private static final String VISIBLE = """
            (s.visibility = 'public'
             or (s.visibility = 'members' and :memberId > 0)
             or (s.visibility = 'staff' and :staff)
             or (s.visibility = 'private' and (:staff or exists (
                    select 1 from space_members sm where sm.space_id = s.id and sm.member_id = :memberId))))""";

    private final JdbcClient db;
    private final JsonMapper json;

    SpaceRepository(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Optional<Space> findVisible(long id, long memberId, boolean staff) {
        return db.sql("select " + COLUMNS + " from spaces s where s.id = :id and " + VISIBLE)
                .param("id", id).param("memberId", memberId).param("staff", staff)
                .query(SPACE).optional();
    }

    List<Space> listVisible(long memberId, boolean staff) {
        return db.sql("select " + COLUMNS + " from spaces s where " + VISIBLE + " order by lower(s.name), s.id")
                .param("memberId", memberId).param("staff", staff)
                .query(SPACE).list();
    }

    /** A space the reader sees, with its template and tag groups, among all he sees (by name). */
    record Seen(Space space, List<TemplateField> templateFields, List<TagGroup> tagGroups) {
    }

    /**
     * Every space the member sees, by name; the one with this id or slug (the other null) with its template and
     * tag groups, the others without. One statement for a page that shows a space and the spaces beside it.
     */
    List<Seen> listVisibleDetailing(Long id, String slug, long memberId, boolean staff) {
        return db.sql("select " + COLUMNS + """
                        , case when s.id = :id or s.slug = :slug then (select json_agg(json_build_object('name', f.name,
                                   'label', f.label, 'required', f.required) order by f.position)::text
                               from space_template_fields f where f.space_id = s.id) end as template_fields,
                          case when s.id = :id or s.slug = :slug then (select json_agg(json_build_object('name', g.name,
                                   'tags', g.tags) order by g.position)::text
                               from space_tag_groups g where g.space_id = s.id) end as tag_groups,
                          s.id = :id or s.slug = :slug as detailed
                        from spaces s where """ + VISIBLE + " order by lower(s.name), s.id")
                .param("id", id == null ? -1 : id).param("slug", slug == null ? "" : slug)
                .param("memberId", memberId).param("staff", staff)
                .query((rs, row) -> {
                    var space = SPACE.mapRow(rs, row);
                    if (!rs.getBoolean("detailed")) return new Seen(space, null, null);
                    var fields = rs.getString("template_fields");
                    var groups = rs.getString("tag_groups");
                    return new Seen(space,
                            fields == null ? List.of() : json.readTree(fields).valueStream().map(f -> new TemplateField(
                                    f.get("name").asString(), f.get("label").asString(), f.get("required").asBoolean())).toList(),
                            groups == null ? List.of() : json.readTree(groups).valueStream().map(g -> new TagGroup(
                                    g.get("name").asString(), g.get("tags").valueStream().map(t -> t.asString()).toList())).toList());
                }).list();
    }

    List<Long> listVisibleIds(long memberId, boolean staff) {
        return db.sql("select s.id from spaces s where " + VISIBLE)
                .param("memberId", memberId).param("staff", staff)
                .query(Long.class).list();
    }

    List<String> listDefinedTags(long memberId, boolean staff) {
        return db.sql("select distinct unnest(g.tags) from space_tag_groups g join spaces s on s.id = g.space_id where " + VISIBLE)
                .param("memberId", memberId).param("staff", staff)
                .query(String.class).list();
    }

    Optional<Space> find(String slug) {
        return db.sql("select " + COLUMNS + " from spaces s where s.slug = :slug")
                .param("slug", slug).query(SPACE).optional();
    }

    /** The new id, or empty when the slug was taken meanwhile. */
    Optional<Long> insert(String slug, String name, String description, Visibility visibility) {
        return db.sql("""
                        insert into spaces (slug, name, description, visibility)
                        values (:slug, :name, :description, :visibility)
                        on conflict (slug) do nothing returning id""")
                .param("slug", slug).param("name", name).param("description", description)
                .param("visibility", visibility.code())
                .query(Long.class).optional();
    }

    boolean update(long id, String slug, String name, String description, Visibility visibility) {
        return db.sql("""
                        update spaces set slug = :slug, name = :name, description = :description,
                               visibility = :visibility, updated_at = now()
                        where id = :id and not exists (select 1 from spaces o where o.slug = :slug and o.id <> :id)""")
                .param("id", id).param("slug", slug).param("name", name).param("description", description)
                .param("visibility", visibility.code())
                .update() == 1;
    }

    List<TemplateField> templateFields(long spaceId) {
        return db.sql("select name, label, required from space_template_fields where space_id = :id order by position")
                .param("id", spaceId).query(TemplateField.class).list();
    }

    List<TagGroup> tagGroups(long spaceId) {
        return db.sql("select name, tags from space_tag_groups where space_id = :id order by position")
                .param("id", spaceId)
                .query((rs, row) -> new TagGroup(rs.getString("name"), strings(rs.getArray("tags"))))
                .list();
    }

    void replaceTemplateFields(long spaceId, List<TemplateField> fields) {
        db.sql("delete from space_template_fields where space_id = :id").param("id", spaceId).update();
        for (int i = 0; i < fields.size(); i++) {
            var field = fields.get(i);
            db.sql("""
                            insert into space_template_fields (space_id, position, name, label, required)
                            values (:id, :position, :name, :label, :required)""")
                    .param("id", spaceId).param("position", i).param("name", field.name())
                    .param("label", field.label()).param("required", field.required())
                    .update();
        }
    }

    void replaceTagGroups(long spaceId, List<TagGroup> groups) {
        db.sql("delete from space_tag_groups where space_id = :id").param("id", spaceId).update();
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            db.sql("insert into space_tag_groups (space_id, position, name, tags) values (:id, :position, :name, :tags)")
                    .param("id", spaceId).param("position", i).param("name", group.name())
                    .param("tags", group.tags().toArray(String[]::new))
                    .update();
        }
    }

    record Listed(long memberId, Instant addedAt) {
    }

    List<Listed> listMembers(long spaceId) {
        return db.sql("select member_id, added_at from space_members where space_id = :id order by added_at, member_id")
                .param("id", spaceId).query(Listed.class).list();
    }

    boolean addMember(long spaceId, long memberId) {
        return db.sql("insert into space_members (space_id, member_id) values (:space, :member) on conflict do nothing")
                .param("space", spaceId).param("member", memberId).update() > 0;
    }

    boolean removeMember(long spaceId, long memberId) {
        return db.sql("delete from space_members where space_id = :space and member_id = :member")
                .param("space", spaceId).param("member", memberId).update() == 1;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
