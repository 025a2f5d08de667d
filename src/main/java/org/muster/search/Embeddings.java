package org.muster.search;

import org.muster.qa.QuestionDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Questions' vectors: read from PostgreSQL when the words are unchanged, computed and saved otherwise. */
@Component
class Embeddings {

    private final Embedder embedder;
    private final EmbeddingRepository stored;

    Embeddings(Embedder embedder, EmbeddingRepository stored) {
        this.embedder = embedder;
        this.stored = stored;
    }

    @Transactional
    public Map<Long, float[]> of(List<QuestionDocument> documents) {
        var known = stored.find(documents.stream().map(QuestionDocument::id).toList());
        var vectors = new HashMap<Long, float[]>();
        var missing = new ArrayList<QuestionDocument>();
        var inputs = new ArrayList<String>();
        for (var document : documents) {
            var input = Embedder.input(document.title(), document.text());
            var have = known.get(document.id());
            if (have != null && MessageDigest.isEqual(have.textHash(), hash(input))) {
                vectors.put(document.id(), have.vector());
            } else {
                missing.add(document);
                inputs.add(input);
            }
        }
        if (missing.isEmpty()) return vectors;
        var computed = embedder.embedAll(inputs);
        for (int i = 0; i < missing.size(); i++) {
            if (computed.get(i) == null) continue;
            vectors.put(missing.get(i).id(), computed.get(i));
            stored.save(missing.get(i).id(), hash(inputs.get(i)), computed.get(i));
        }
        return vectors;
    }

    static byte[] hash(String input) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(Embedder.MODEL.getBytes(StandardCharsets.UTF_8));
            return digest.digest(input.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
