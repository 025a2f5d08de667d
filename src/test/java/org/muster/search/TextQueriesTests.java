package org.muster.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a search's words match, on a small in-memory index analysed as Muster's is. */
class TextQueriesTests {

    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexedQuestion.analyzer()))) {
            add(writer, "wifi", "Wi-Fi drops every hour", "The router drops the connection every hour since the update.");
            add(writer, "mesh", "Mesh satellites", "The mesh satellite loses the router after the update.");
            add(writer, "printer", "Printer offline", "My printer shows offline although the network works.");
            add(writer, "firmware", "Firmware update failed", "The firmware update stopped at 80 percent and the router restarted.");
            add(writer, "code", "Error 80070005 on install", "The installer stops with error 80070005.");
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void analysesTextAsTheIndexDoes() {
        assertThat(TextQueries.terms("The Routers DROPPED connections", IndexedQuestion.analyzer())).containsExactly("router", "drop", "connect");
        assertThat(TextQueries.terms("  ", IndexedQuestion.analyzer())).isEmpty();
        assertThat(TextQueries.terms(null, IndexedQuestion.analyzer())).isEmpty();
    }

    @Test
    void withTwoWordsBothMustMatch() throws IOException {
        assertThat(search("router hour")).containsExactly("wifi");
    }

    @Test
    void withMoreWordsMostMustMatch() throws IOException {
        // Four words: three must match, so one word the question lacks does not lose it.
        assertThat(search("router update satellite percent")).containsExactlyInAnyOrder("mesh", "firmware");
        assertThat(search("router printer percent mesh")).isEmpty();
    }

    @Test
    void everyPhraseMustMatchInItsOrder() throws IOException {
        assertThat(search("\"firmware update\" router")).containsExactly("firmware");
        assertThat(search("\"update firmware\"")).isEmpty();
    }

    @Test
    void aLongerWordTheIndexDoesNotHoldMatchesItsNearSpellings() throws IOException {
        assertThat(search("printr")).containsExactly("printer");
        // A short word is not guessed at: too many words are one letter apart.
        assertThat(search("mes")).isEmpty();
    }

    @Test
    void aNumberMatchesOnlyItself() throws IOException {
        assertThat(search("80070005")).containsExactly("code");
        // One digit away is another error, not a misspelling of this one.
        assertThat(search("80070003")).isEmpty();
    }

    @Test
    void excludedWordsAndPhrasesLeaveOutWhatContainsThem() throws IOException {
        assertThat(searchAll(SearchQuery.parse("-router"))).containsExactlyInAnyOrder("printer", "code");
        assertThat(searchAll(SearchQuery.parse("-\"router restarted\""))).containsExactlyInAnyOrder("wifi", "mesh", "printer", "code");
    }

    @Test
    void withoutWordsThereIsNoTextQuery() throws IOException {
        assertThat(TextQueries.forSearch(SearchQuery.parse("tag:linux is:solved"), reader)).isNull();
        // English stop words are words in Dutch and French: they may match those languages' posts, never an English one.
        assertThat(search("the of and")).as("only stop words").isEmpty();
        assertThat(TextQueries.marked(SearchQuery.parse("tag:linux"))).isNull();
        assertThat(TextQueries.similarTo("", "")).isNull();
    }

    @Test
    void similarQuestionsNeedOnlyOneSharedWord() throws IOException {
        assertThat(ids(TextQueries.similarTo("Printer problem", "Nothing prints"))).containsExactly("printer");
    }

    private static List<String> search(String text) throws IOException {
        return ids(TextQueries.forSearch(SearchQuery.parse(text), reader));
    }

    /** Everything but what the search excludes. */
    private static List<String> searchAll(SearchQuery search) throws IOException {
        var query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        TextQueries.exclusions(search).forEach(q -> query.add(q, Occur.MUST_NOT));
        return ids(query.build());
    }

    private static List<String> ids(Query query) throws IOException {
        var searcher = new IndexSearcher(reader);
        var ids = new ArrayList<String>();
        for (var hit : searcher.search(query, 10).scoreDocs) ids.add(searcher.storedFields().document(hit.doc).get("id"));
        return ids;
    }

    private static void add(IndexWriter writer, String id, String title, String body) throws IOException {
        var doc = new Document();
        doc.add(new StoredField("id", id));
        doc.add(new KeywordField(IndexedQuestion.LANGUAGE, "en", Field.Store.NO));
        doc.add(new TextField(IndexedQuestion.TITLE, title, Field.Store.NO));
        doc.add(new TextField(IndexedQuestion.BODY, body, Field.Store.NO));
        writer.addDocument(doc);
    }
}
