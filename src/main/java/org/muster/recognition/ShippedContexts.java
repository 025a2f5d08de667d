package org.muster.recognition;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON-LD document loader for signing and checking credentials: it serves the standard contexts
 * Muster ships (resources/recognition/jsonld, see the README there) and refuses every other URL, so
 * no credential ever makes Muster fetch anything from the network.
 */
final class ShippedContexts implements DocumentLoader {

    static final ShippedContexts LOADER = new ShippedContexts(Map.of(
            "https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-3.0.3.json",
            "https://w3id.org/openbadges/v2", "obv2x.jsonld"));

    private final Map<String, Document> documents;

    private ShippedContexts(Map<String, String> files) {
        this.documents = files.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> read(e.getKey(), e.getValue())));
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        var document = documents.get(url.toString());
        if (document == null)
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Not a context Muster ships: " + url);
        return document;
    }

    private static Document read(String url, String file) {
        try (var in = ShippedContexts.class.getResourceAsStream("/recognition/jsonld/" + file)) {
            if (in == null) throw new IllegalStateException("Missing shipped JSON-LD context " + file);
            var document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("Unreadable shipped JSON-LD context " + file, e);
        }
    }
}
