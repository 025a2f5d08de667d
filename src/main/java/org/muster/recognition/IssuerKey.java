package org.muster.recognition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The issuer's P-256 key for Open Badges 3.0: made once and kept in PostgreSQL, so every node signs
 * with the same key and verifiers find it at a stable address.
 */
@Component
class IssuerKey {

    record Key(String kid, byte[] privateKey, byte[] publicKey) {
    }

    private final JdbcClient db;

    IssuerKey(JdbcClient db) {
        this.db = db;
    }

    @Transactional
    Key current() {
        var existing = find();
        if (existing != null) return existing;
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var pair = generator.generateKeyPair();
            db.sql("""
                            insert into recognition_keys (kid, private_key, public_key)
                            select :kid, :private, :public where not exists (select 1 from recognition_keys)""")
                    .param("kid", UUID.randomUUID().toString()).param("private", pair.getPrivate().getEncoded())
                    .param("public", pair.getPublic().getEncoded()).update();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return find();
    }

    /** An ES256 JWS over the header and payload, both JSON. */
    String sign(String headerJson, String payloadJson) {
        var key = current();
        var input = base64(headerJson.getBytes(StandardCharsets.UTF_8)) + "." + base64(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            var signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(key.privateKey())));
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JWK. */
    Map<String, Object> jwk() {
        var key = current();
        try {
            var publicKey = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.publicKey()));
            var jwk = new LinkedHashMap<String, Object>();
            jwk.put("kty", "EC");
            jwk.put("crv", "P-256");
            jwk.put("x", base64(unsigned(publicKey.getW().getAffineX())));
            jwk.put("y", base64(unsigned(publicKey.getW().getAffineY())));
            jwk.put("kid", key.kid());
            jwk.put("alg", "ES256");
            jwk.put("use", "sig");
            return jwk;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Key find() {
        return db.sql("select kid, private_key, public_key from recognition_keys order by created_at limit 1")
                .query(Key.class).optional().orElse(null);
    }

    private static byte[] unsigned(BigInteger value) {
        var bytes = value.toByteArray();
        if (bytes.length == 32) return bytes;
        var fixed = new byte[32];
        if (bytes.length > 32) return Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length);
        System.arraycopy(bytes, 0, fixed, 32 - bytes.length, bytes.length);
        return fixed;
    }

    static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
