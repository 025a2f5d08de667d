package org.muster.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Stored embeddings, so that a rebuild reads vectors instead of computing them. */
@Repository
class EmbeddingRepository {

    record Stored(byte[] textHash, float[] vector) {
    }

    private final JdbcClient db;

    EmbeddingRepository(JdbcClient db) {
        this.db = db;
    }

    Map<Long, Stored> find(Collection<Long> questionIds) {
        var found = new HashMap<Long, Stored>();
        if (questionIds.isEmpty()) return found;
        db.sql("select question_id, text_hash, vector from search_embeddings where question_id in (:ids)")
                .param("ids", questionIds)
                .query(rs -> {
                    found.put(rs.getLong("question_id"), new Stored(rs.getBytes("text_hash"), floats(rs.getBytes("vector"))));
                });
        return found;
    }

    void save(long questionId, byte[] textHash, float[] vector) {
        db.sql("""
                        insert into search_embeddings (question_id, text_hash, vector) values (:id, :hash, :vector)
                        on conflict (question_id) do update
                        set text_hash = excluded.text_hash, vector = excluded.vector, computed_at = now()""")
                .param("id", questionId).param("hash", textHash).param("vector", bytes(vector))
                .update();
    }

    static byte[] bytes(float[] vector) {
        var buffer = ByteBuffer.allocate(vector.length * Float.BYTES);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        var vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
        return vector;
    }
}
