package org.muster.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@Repository
class EmailTokenRepository {

    private final JdbcClient db;

    EmailTokenRepository(JdbcClient db) {
        this.db = db;
    }

    void insert(long memberId, String purpose, byte[] hash, Instant expiresAt) {
        db.sql("""
                        insert into email_tokens (member_id, purpose, token_hash, expires_at)
                        values (:member, :purpose, :hash, :expires)""")
                .param("member", memberId).param("purpose", purpose).param("hash", hash)
                .param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /** The member a valid, unused token belongs to; the token is used up in the same statement. */
    Optional<Long> consume(String purpose, byte[] hash) {
        return db.sql("""
                        update email_tokens set used_at = now()
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
                        returning member_id""")
                .param("hash", hash).param("purpose", purpose)
                .query(Long.class).optional();
    }

    /** Whether a token is still usable, without using it (to show the reset form). */
    boolean usable(String purpose, byte[] hash) {
        return db.sql("""
                        select exists (select 1 from email_tokens where token_hash = :hash and purpose = :purpose
                                       and used_at is null and expires_at > now())""")
                .param("hash", hash).param("purpose", purpose)
                .query(Boolean.class).single();
    }

    void expireAll(long memberId, String purpose) {
        db.sql("update email_tokens set used_at = now() where member_id = :member and purpose = :purpose and used_at is null")
                .param("member", memberId).param("purpose", purpose).update();
    }
}
