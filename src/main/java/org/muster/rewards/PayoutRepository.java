package org.muster.rewards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class PayoutRepository {

    record Owed(long memberId, long balance) {
    }

    private static final String BATCH = """
            select id, currency, status, total, created_by, created_at, confirmed_by, confirmed_at,
                   (select count(*) from payouts p where p.batch_id = b.id)::int as payouts
            from payout_batches b""";

    private final JdbcClient db;

    PayoutRepository(JdbcClient db) {
        this.db = db;
    }

    /** Export batches of one currency take turns, so a balance is never put in two batches. */
    void lockCurrency(String currency) {
        db.sql("select pg_advisory_xact_lock(hashtext('muster.payouts.' || :c))").param("c", currency).query(Object.class).single();
    }

    List<Owed> owed(String currency) {
        return db.sql("""
                        select member_id, balance from ledger_accounts
                        where kind = 'member' and currency = :c and balance > 0 order by member_id""")
                .param("c", currency).query(Owed.class).list();
    }

    long insertBatch(String currency, long total, long by) {
        return db.sql("insert into payout_batches (currency, status, total, created_by) values (:c, 'exported', :t, :by) returning id")
                .param("c", currency).param("t", total).param("by", by).query(Long.class).single();
    }

    void insertPayout(long batchId, long memberId, long amount, long transactionId) {
        db.sql("insert into payouts (batch_id, member_id, amount, transaction_id) values (:b, :m, :a, :t)")
                .param("b", batchId).param("m", memberId).param("a", amount).param("t", transactionId).update();
    }

    Optional<PayoutBatch> lock(long id) {
        db.sql("select id from payout_batches where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    Optional<PayoutBatch> find(long id) {
        return db.sql(BATCH + " where b.id = :id").param("id", id).query(PayoutBatch.class).optional();
    }

    List<PayoutBatch> batches() {
        return db.sql(BATCH + " order by b.id desc limit 100").query(PayoutBatch.class).list();
    }

    void setStatus(long id, String status, long by) {
        db.sql("update payout_batches set status = :s, confirmed_by = :by, confirmed_at = now() where id = :id")
                .param("id", id).param("s", status).param("by", by).update();
    }

    List<Payout> payouts(long batchId) {
        return db.sql("""
                        select p.id, p.batch_id, p.member_id, p.amount, b.currency, b.status, b.created_at as exported_at, b.confirmed_at
                        from payouts p join payout_batches b on b.id = p.batch_id where p.batch_id = :b order by p.member_id""")
                .param("b", batchId).query(Payout.class).list();
    }

    List<Payout> payoutsOf(long memberId) {
        return db.sql("""
                        select p.id, p.batch_id, p.member_id, p.amount, b.currency, b.status, b.created_at as exported_at, b.confirmed_at
                        from payouts p join payout_batches b on b.id = p.batch_id where p.member_id = :m order by p.id desc limit 100""")
                .param("m", memberId).query(Payout.class).list();
    }
}
