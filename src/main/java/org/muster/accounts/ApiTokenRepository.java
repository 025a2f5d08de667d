package org.muster.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class ApiTokenRepository {

    private final JdbcClient db;

    ApiTokenRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(long memberId, String name, byte[] hash, String hint) {
        return db.sql("""
                        insert into api_tokens (member_id, name, token_hash, hint)
                        values (:member, :name, :hash, :hint) returning id""")
                .param("member", memberId).param("name", name).param("hash", hash).param("hint", hint)
                .query(Long.class).single();
    }

    List<ApiToken> listActive(long memberId) {
        return db.sql("""
                        select id, name, hint, created_at, last_used_at from api_tokens
                        where member_id = :member and revoked_at is null order by created_at desc, id desc""")
                .param("member", memberId).query(ApiToken.class).list();
    }

    /** The owner of an active token, noting its use (at most once a minute, to spare writes). */
    Optional<Long> use(byte[] hash) {
        var owner = db.sql("select id, member_id from api_tokens where token_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query((rs, row) -> new long[]{rs.getLong("id"), rs.getLong("member_id")})
                .optional();
        owner.ifPresent(token -> db.sql("""
                        update api_tokens set last_used_at = now()
                        where id = :id and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param("id", token[0]).update());
        return owner.map(token -> token[1]);
    }

    boolean revoke(long memberId, long tokenId) {
        return db.sql("update api_tokens set revoked_at = now() where id = :id and member_id = :member and revoked_at is null")
                .param("id", tokenId).param("member", memberId).update() == 1;
    }

    void revokeAll(long memberId) {
        db.sql("update api_tokens set revoked_at = now() where member_id = :member and revoked_at is null")
                .param("member", memberId).update();
    }
}
