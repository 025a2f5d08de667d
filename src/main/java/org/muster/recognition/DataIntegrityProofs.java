package org.muster.recognition;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embedded Data Integrity proofs (cryptosuite eddsa-rdfc-2022), so a credential can be checked on its
 * own: the proof options and the credential are each turned into RDF with the shipped contexts,
 * canonicalized with RDFC-1.0, hashed with SHA-256, and the two hashes (options first) signed with the
 * issuer's Ed25519 key.
 */
@Component
class DataIntegrityProofs {

    static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    private final IssuerKey key;
    private final JsonMapper json;

    DataIntegrityProofs(IssuerKey key, JsonMapper json) {
        this.key = key;
        this.json = json;
    }

    /** The proof for the credential (which has no proof yet); its verification method is the key's address. */
    Map<String, Object> prove(Map<String, Object> credential, String verificationMethod) {
        var proof = new LinkedHashMap<String, Object>();
        proof.put("type", "DataIntegrityProof");
        proof.put("cryptosuite", CRYPTOSUITE);
        proof.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        proof.put("verificationMethod", verificationMethod);
        proof.put("proofPurpose", "assertionMethod");
        var options = new LinkedHashMap<String, Object>();
        options.put("@context", credential.get("@context"));
        options.putAll(proof);
        proof.put("proofValue", key.signEd25519(hashData(json.writeValueAsString(options), json.writeValueAsString(credential))));
        return proof;
    }

    /** What eddsa-rdfc-2022 signs: SHA-256 of the canonical proof options, then of the canonical document. */
    static byte[] hashData(String options, String document) {
        var hashed = new byte[64];
        System.arraycopy(sha256(canonical(options)), 0, hashed, 0, 32);
        System.arraycopy(sha256(canonical(document)), 0, hashed, 32, 32);
        return hashed;
    }

    /** The JSON-LD document as RDFC-1.0 canonical N-Quads, its contexts from the shipped ones only. */
    static String canonical(String jsonLd) {
        try {
            var canon = RdfCanon.create("SHA-256");
            JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).loader(ShippedContexts.LOADER).provide(canon);
            var quads = new StringWriter();
            canon.provide(new NQuadsWriter(quads));
            return quads.toString();
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("Cannot canonicalize a credential: " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
