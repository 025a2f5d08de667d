package org.muster.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.muster.platform.FeedPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * This node's Lucene index of questions. It records with each commit the change-feed position it
 * reflects, so that a restart resumes from there. A missing, corrupt or outdated index is started
 * afresh and reported as needing a rebuild.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** Raised whenever the layout of a document changes, so that older indexes are rebuilt. */
    static final String LAYOUT = "4";
    private static final String POSITION_KEY = "feed-position";
    private static final String LAYOUT_KEY = "layout";

    private final Path path;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private FeedPosition position = FeedPosition.START;
    private boolean needsRebuild;

    SearchIndex(@Value("${muster.search.index-dir:${muster.data-dir}/search-index}") String path) {
        this.path = Path.of(path);
    }

    /** Opens the index on first use; true when it had to be started afresh. */
    synchronized boolean open() {
        if (writer != null) return needsRebuild;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                // Every first start (and a deleted index) comes here: nothing is wrong, so nothing to warn about.
                LOG.info("No search index in {}: building it from the database", path);
                create();
            } else {
                openExisting();
            }
            searchers = new SearcherManager(writer, null);
            return needsRebuild;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openExisting() throws IOException {
        try {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            var data = writer.getLiveCommitData();
            Map<String, String> committed = new java.util.HashMap<>();
            if (data != null) data.forEach(e -> committed.put(e.getKey(), e.getValue()));
            try (var reader = DirectoryReader.open(writer)) {
                reader.leaves(); // opening a reader checks what the writer alone does not
            }
            if (!LAYOUT.equals(committed.get(LAYOUT_KEY)) || !committed.containsKey(POSITION_KEY)) {
                LOG.warn("The search index in {} has an older layout: rebuilding it", path);
                writer.deleteAll();
                needsRebuild = true;
                return;
            }
            position = FeedPosition.parse(committed.get(POSITION_KEY));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index in {} cannot be read ({}): rebuilding it", path, e.toString());
            IOUtils.close(writer);
            writer = null;
            directory.close();
            IOUtils.rm(path);
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            create();
        }
    }

    private void create() throws IOException {
        writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        position = FeedPosition.START;
        needsRebuild = true;
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        var config = IndexedQuestion.writerConfig();
        config.setOpenMode(mode);
        // Commits are explicit, with their feed position; closing must not wait for a merge to end.
        config.setCommitOnClose(false);
        // Large flushes make few segments, and each segment is one more vector graph to search.
        config.setRAMBufferSizeMB(256);
        return config;
    }

    /** The change-feed position the last commit reflects. */
    synchronized FeedPosition position() {
        open();
        return position;
    }

    /** The index is shut (the node is stopping): nothing written now is any question's fault. */
    static final class Closed extends IllegalStateException {
        Closed() {
            super("The search index is closed");
        }
    }

    private IndexWriter openWriter() {
        var open = writer;
        if (open == null) throw new Closed();
        return open;
    }

    void put(long questionId, Document document) {
        put(IndexedQuestion.key(questionId), document);
    }

    void remove(long questionId) {
        remove(IndexedQuestion.key(questionId));
    }

    /** Writes the document in place of the one with this key (a question's or an article's). */
    void put(Term key, Document document) {
        try {
            openWriter().updateDocument(key, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(Term key) {
        try {
            openWriter().deleteDocuments(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes changes visible to searches on this node. */
    void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes changes durable, recording the feed position they reflect. */
    synchronized void commit(FeedPosition feedPosition) {
        try {
            writer.setLiveCommitData(Map.of(POSITION_KEY, feedPosition.toString(), LAYOUT_KEY, LAYOUT).entrySet());
            writer.commit();
            position = feedPosition;
            needsRebuild = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a search on the latest visible state of the index. */
    <T> T search(Function<IndexSearcher, T> work) {
        open();
        try {
            var searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void destroy() throws IOException {
        IOUtils.close(searchers, writer, directory);
        writer = null;
    }
}
