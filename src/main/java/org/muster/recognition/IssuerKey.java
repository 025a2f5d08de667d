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
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The issuer's keys for Open Badges 3.0, one per algorithm: an RSA key signs VC-JWTs (RS256, the one
 * algorithm Open Badges 3.0 requires every verifier to support), an Ed25519 key signs Data Integrity
 * proofs (eddsa-rdfc-2022). Each is made once and kept in PostgreSQL, so every node signs with the same
 * key and verifiers find it at a stable address. A P-256 key that signed VC-JWTs earlier (ES256) no
 * longer signs but stays published, so the credentials it signed still verify.
 */
@Component
class IssuerKey {

    enum Algorithm {
        ES256, RS256, Ed25519
    }

    record Key(String kid, byte[] privateKey, byte[] publicKey, String algorithm) {
    }

    /** The multicodec prefix (varint 0xed) of an Ed25519 public key in a multibase value. */
    private static final byte[] ED25519_PUBLIC = {(byte) 0xed, 0x01};
    /** The DER prefix of an Ed25519 public key in X.509 form; the raw 32-byte key follows it. */
    private static final int ED25519_X509_PREFIX = 12;
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final JdbcClient db;

    IssuerKey(JdbcClient db) {
        this.db = db;
    }

    @Transactional
    Key current(Algorithm algorithm) {
        var existing = find(algorithm);
        if (existing.isPresent()) return existing.get();
        try {
            KeyPairGenerator generator;
            if (algorithm == Algorithm.RS256) {
                generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
            } else if (algorithm == Algorithm.Ed25519) {
                generator = KeyPairGenerator.getInstance("Ed25519");
            } else {
                throw new IllegalArgumentException("Muster no longer makes " + algorithm + " keys");
            }
            var pair = generator.generateKeyPair();
            db.sql("""
                            insert into recognition_keys (kid, private_key, public_key, algorithm)
                            select :kid, :private, :public, :algorithm
                            where not exists (select 1 from recognition_keys where algorithm = :algorithm)""")
                    .param("kid", UUID.randomUUID().toString()).param("private", pair.getPrivate().getEncoded())
                    .param("public", pair.getPublic().getEncoded()).param("algorithm", algorithm.name()).update();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return find(algorithm).orElseThrow();
    }

    /** The key a published key address names, of either algorithm. */
    Optional<Key> find(String kid) {
        return db.sql("select kid, private_key, public_key, algorithm from recognition_keys where kid = :kid")
                .param("kid", kid).query(Key.class).optional();
    }

    /** The keys that verify VC-JWTs: the one signing now and any that signed earlier. */
    List<Key> jwtKeys() {
        current(Algorithm.RS256);
        return db.sql("""
                        select kid, private_key, public_key, algorithm from recognition_keys
                        where algorithm in ('RS256', 'ES256') order by created_at""")
                .query(Key.class).list();
    }

    /** An RS256 JWS over the header and payload, both JSON. */
    String sign(String headerJson, String payloadJson) {
        var key = current(Algorithm.RS256);
        var input = base64(headerJson.getBytes(StandardCharsets.UTF_8)) + "." + base64(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            var signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key.privateKey())));
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 signature over the data, as a base58-btc multibase value (the form proofValue takes). */
    String signEd25519(byte[] data) {
        var key = current(Algorithm.Ed25519);
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(key.privateKey())));
            signer.update(data);
            return "z" + base58(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A VC-JWT key's public half as a JWK. */
    Map<String, Object> jwk(Key key) {
        try {
            var jwk = new LinkedHashMap<String, Object>();
            if (Algorithm.RS256.name().equals(key.algorithm())) {
                var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(key.publicKey()));
                jwk.put("kty", "RSA");
                jwk.put("n", base64(magnitude(publicKey.getModulus())));
                jwk.put("e", base64(magnitude(publicKey.getPublicExponent())));
            } else {
                var publicKey = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.publicKey()));
                jwk.put("kty", "EC");
                jwk.put("crv", "P-256");
                jwk.put("x", base64(unsigned(publicKey.getW().getAffineX())));
                jwk.put("y", base64(unsigned(publicKey.getW().getAffineY())));
            }
            jwk.put("kid", key.kid());
            jwk.put("alg", key.algorithm());
            jwk.put("use", "sig");
            return jwk;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Ed25519 public key as a Multikey's publicKeyMultibase: base58-btc of the multicodec prefix and the raw key. */
    static String multibase(Key key) {
        var raw = Arrays.copyOfRange(key.publicKey(), ED25519_X509_PREFIX, key.publicKey().length);
        var prefixed = new byte[ED25519_PUBLIC.length + raw.length];
        System.arraycopy(ED25519_PUBLIC, 0, prefixed, 0, ED25519_PUBLIC.length);
        System.arraycopy(raw, 0, prefixed, ED25519_PUBLIC.length, raw.length);
        return "z" + base58(prefixed);
    }

    private Optional<Key> find(Algorithm algorithm) {
        return db.sql("""
                        select kid, private_key, public_key, algorithm from recognition_keys
                        where algorithm = :algorithm order by created_at limit 1""")
                .param("algorithm", algorithm.name()).query(Key.class).optional();
    }

    /** The big-endian bytes of a positive number without a sign byte, as JWK writes n and e. */
    private static byte[] magnitude(BigInteger value) {
        var bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /** A P-256 coordinate as exactly 32 bytes. */
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

    /** Bitcoin's base58 alphabet, as multibase's 'z' prefix means; each leading zero byte becomes a '1'. */
    static String base58(byte[] bytes) {
        var text = new StringBuilder();
        var value = new BigInteger(1, bytes);
        var radix = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            var division = value.divideAndRemainder(radix);
            text.append(BASE58.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) text.append('1');
        return text.reverse().toString();
    }
}
