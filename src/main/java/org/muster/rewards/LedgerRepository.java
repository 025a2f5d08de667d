package org.muster.rewards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class LedgerRepository {

    record Account(long id, String code, Long memberId, String kind, String currency, long balance) {
    }

    record Pending(long transactionId, long memberId, String currency, long amount) {
    }

    private final JdbcClient db;

    LedgerRepository(JdbcClient db) {
        this.db = db;
    }

    /** The account, made on first use, locked until the transaction ends. */
    Account lock(String code, Long memberId, String kind, String currency) {
        db.sql("""
                        insert into ledger_accounts (code, member_id, kind, currency) values (:code, :m, :kind, :cur)
                        on conflict (code) do nothing""")
                .param("code", code).param("m", memberId).param("kind", kind).param("cur", currency).update();
        return db.sql("select id, code, member_id, kind, currency, balance from ledger_accounts where code = :code for update")
                .param("code", code).query(Account.class).single();
    }

    Optional<Long> transactionFor(String key) {
        return db.sql("select id from ledger_transactions where idempotency_key = :k").param("k", key)
                .query(Long.class).optional();
    }

    /** Empty when another posting with the key won the race: then nothing is written. */
    Optional<Long> insertTransaction(String key, String reason, String source, Long by, Instant availableAt) {
        return db.sql("""
                        insert into ledger_transactions (idempotency_key, reason, source, created_by, available_at)
                        values (:k, :reason, :source, :by, :at) on conflict (idempotency_key) do nothing returning id""")
                .param("k", key).param("reason", reason).param("source", source).param("by", by)
                .param("at", availableAt == null ? null : Timestamp.from(availableAt))
                .query(Long.class).optional();
    }

    void insertEntry(long transactionId, long accountId, long amount) {
        db.sql("insert into ledger_entries (transaction_id, account_id, amount) values (:t, :a, :amount)")
                .param("t", transactionId).param("a", accountId).param("amount", amount).update();
        db.sql("update ledger_accounts set balance = balance + :amount where id = :a")
                .param("a", accountId).param("amount", amount).update();
    }

    Map<String, Long> balances(long memberId) {
        var balances = new java.util.TreeMap<String, Long>();
        db.sql("select kind || ':' || currency, balance from ledger_accounts where member_id = :m")
                .param("m", memberId).query((rs, row) -> balances.put(rs.getString(1), rs.getLong(2))).list();
        return balances;
    }

    List<LedgerEntry> history(long memberId, int limit) {
        return db.sql("""
                        select e.id, e.transaction_id, a.code as account, e.amount, t.reason, t.source, t.available_at, e.created_at
                        from ledger_entries e join ledger_accounts a on a.id = e.account_id
                        join ledger_transactions t on t.id = e.transaction_id
                        where a.member_id = :m order by e.id desc limit :limit""")
                .param("m", memberId).param("limit", limit).query(LedgerEntry.class).list();
    }

    record StaffPosting(long transactionId, long memberId, long amount, String reason, Long createdBy, Instant createdAt) {
    }

    /** The latest points staff gave or took from members by hand, newest first. */
    List<StaffPosting> staffPostings(int limit) {
        return db.sql("""
                        select t.id as transaction_id, a.member_id, e.amount, t.reason, t.created_by, t.created_at
                        from ledger_transactions t join ledger_entries e on e.transaction_id = t.id
                        join ledger_accounts a on a.id = e.account_id
                        where t.source like 'staff:%' and a.member_id is not null and a.currency = 'points'
                        order by t.id desc limit :limit""")
                .param("limit", limit).query(StaffPosting.class).list();
    }

    /** Held earnings whose hold has passed and that were not released yet. */
    List<Pending> due(Instant now, int limit) {
        return db.sql("""
                        select t.id as transaction_id, a.member_id, a.currency, e.amount from ledger_transactions t
                        join ledger_entries e on e.transaction_id = t.id
                        join ledger_accounts a on a.id = e.account_id and a.kind = 'member-pending'
                        where t.available_at <= :now and e.amount > 0
                          and not exists (select 1 from ledger_transactions r where r.idempotency_key = 'release:' || t.id)
                        order by t.id limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Pending.class).list();
    }

    /** [sum of all balances, sum of all entries, accounts whose balance differs from their entries, unbalanced transactions]. */
    long[] check() {
        return db.sql("""
                        select (select coalesce(sum(balance), 0) from ledger_accounts),
                               (select coalesce(sum(amount), 0) from ledger_entries),
                               (select count(*) from ledger_accounts a
                                where a.balance <> (select coalesce(sum(amount), 0) from ledger_entries e where e.account_id = a.id)),
                               (select count(*) from (select transaction_id from ledger_entries group by transaction_id
                                                      having sum(amount) <> 0) t)""")
                .query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
    }

    long balanceOf(String code) {
        return db.sql("select coalesce(max(balance), 0) from ledger_accounts where code = :c").param("c", code)
                .query(Long.class).single();
    }

    long negativeMemberAccounts() {
        return db.sql("select count(*) from ledger_accounts where kind in ('member', 'member-pending') and balance < 0")
                .query(Long.class).single();
    }

    Map<Long, Long> pointBalances(Collection<Long> memberIds) {
        var found = new java.util.HashMap<Long, Long>();
        if (memberIds.isEmpty()) return found;
        db.sql("select member_id, balance from ledger_accounts where kind = 'member' and currency = 'points' and member_id in (:ids)")
                .param("ids", memberIds).query((rs, row) -> found.put(rs.getLong(1), rs.getLong(2))).list();
        return found;
    }

    /** Balances of the accounts whose code starts with the prefix, by currency. */
    Map<String, Long> balancesByPrefix(String prefix) {
        var found = new java.util.TreeMap<String, Long>();
        db.sql("select currency, balance from ledger_accounts where starts_with(code, :p)").param("p", prefix)
                .query((rs, row) -> found.put(rs.getString(1), rs.getLong(2))).list();
        return found;
    }

    /** Budget balances by program and currency; a program's account code is "program:{id}:{currency}". */
    Map<Long, Map<String, Long>> budgets(Collection<Long> programIds) {
        var found = new java.util.HashMap<Long, Map<String, Long>>();
        if (programIds.isEmpty()) return found;
        db.sql("""
                        select split_part(code, ':', 2)::bigint, currency, balance from ledger_accounts
                        where kind = 'budget' and split_part(code, ':', 2)::bigint in (:ids)""")
                .param("ids", programIds)
                .query((rs, row) -> found.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>()).put(rs.getString(2), rs.getLong(3)))
                .list();
        return found;
    }

    /** Per currency, what left the accounts whose code starts with the prefix (the sum of their debits, as a positive amount). */
    Map<String, Long> spentByPrefix(String prefix) {
        var found = new java.util.TreeMap<String, Long>();
        db.sql("""
                        select a.currency, -sum(e.amount) from ledger_entries e join ledger_accounts a on a.id = e.account_id
                        where starts_with(a.code, :p) and e.amount < 0 group by a.currency""")
                .param("p", prefix).query((rs, row) -> found.put(rs.getString(1), rs.getLong(2))).list();
        return found;
    }
}
