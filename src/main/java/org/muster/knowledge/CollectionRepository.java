package org.muster.knowledge;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class CollectionRepository {

    private final JdbcClient db;

    CollectionRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<StoredCollection> find(long id) {
        return db.sql("select id, title, description, description_html, updated_at from knowledge_collections where id = :id")
                .param("id", id).query(StoredCollection.class).optional();
    }

    List<StoredCollection> list() {
        return db.sql("select id, title, description, description_html, updated_at from knowledge_collections order by title, id")
                .query(StoredCollection.class).list();
    }

    long insert(String title, String description, String html, long by) {
        return db.sql("""
                        insert into knowledge_collections (title, description, description_html, created_by)
                        values (:title, :description, :html, :by) returning id""")
                .param("title", title).param("description", description).param("html", html).param("by", by)
                .query(Long.class).single();
    }

    void update(long id, String title, String description, String html) {
        db.sql("""
                        update knowledge_collections set title = :title, description = :description,
                               description_html = :html, updated_at = now() where id = :id""")
                .param("id", id).param("title", title).param("description", description).param("html", html).update();
    }

    /** Question ids of each of these collections, in their order. */
    Map<Long, List<Long>> items(Collection<Long> collectionIds) {
        var result = new LinkedHashMap<Long, List<Long>>();
        collectionIds.forEach(id -> result.put(id, new java.util.ArrayList<>()));
        if (collectionIds.isEmpty()) return result;
        db.sql("""
                        select collection_id, question_id from knowledge_collection_items
                        where collection_id = any(:ids) order by collection_id, position""")
                .param("ids", collectionIds.toArray(Long[]::new))
                .query(Item.class).list()
                .forEach(item -> result.get(item.collectionId()).add(item.questionId()));
        return result;
    }

    private record Item(long collectionId, long questionId) {
    }

    void replaceItems(long id, List<Long> questionIds) {
        db.sql("delete from knowledge_collection_items where collection_id = :id").param("id", id).update();
        for (int i = 0; i < questionIds.size(); i++)
            db.sql("insert into knowledge_collection_items (collection_id, question_id, position) values (:id, :question, :position)")
                    .param("id", id).param("question", questionIds.get(i)).param("position", i).update();
        db.sql("update knowledge_collections set updated_at = now() where id = :id").param("id", id).update();
    }

    List<Long> spaces(long id) {
        return db.sql("select space_id from knowledge_collection_spaces where collection_id = :id order by pinned_at, space_id")
                .param("id", id).query(Long.class).list();
    }

    /** Whether the pin changed anything. */
    boolean pin(long id, long spaceId, boolean pinned) {
        if (pinned)
            return db.sql("""
                            insert into knowledge_collection_spaces (collection_id, space_id) values (:id, :space)
                            on conflict do nothing""")
                    .param("id", id).param("space", spaceId).update() > 0;
        return db.sql("delete from knowledge_collection_spaces where collection_id = :id and space_id = :space")
                .param("id", id).param("space", spaceId).update() > 0;
    }

    List<StoredCollection> pinnedTo(long spaceId) {
        return db.sql("""
                        select c.id, c.title, c.description, c.description_html, c.updated_at
                        from knowledge_collection_spaces s join knowledge_collections c on c.id = s.collection_id
                        where s.space_id = :space order by s.pinned_at, c.id""")
                .param("space", spaceId).query(StoredCollection.class).list();
    }
}
