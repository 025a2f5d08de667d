package org.muster.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantized; the model and tokenizer ship in langchain4j's jar) on ONNX Runtime with
 * one thread per call and no spinning: concurrent requests then embed side by side, each on a core,
 * instead of each call spreading over every core and spinning while the others wait.
 */
final class MiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    MiniLm() {
        // Batches (a rebuild) still use every core, one text per thread.
        super(Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            var thread = new Thread(task, "embedding");
            thread.setDaemon(true);
            return thread;
        }));
        try (var model = resource(MODEL); var tokenizer = resource(TOKENIZER)) {
            var environment = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                    tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model " + MODEL, e);
        }
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(MiniLm.class.getClassLoader().getResourceAsStream(name), name);
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return Embedder.DIMENSIONS;
    }
}
