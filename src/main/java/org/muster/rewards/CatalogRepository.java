package org.muster.rewards;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class CatalogRepository {

    private static final String ITEM = "id, slug, name, description, kind, cost, stock, per_member_limit, active, created_at";

    private final JdbcClient db;

    CatalogRepository(JdbcClient db) {
        this.db = db;
    }

    long insert(String slug, String name, String description, String kind, long cost, Integer stock, Integer limit) {
        return db.sql("""
                        insert into reward_items (slug, name, description, kind, cost, stock, per_member_limit)
                        values (:slug, :name, :description, :kind, :cost, :stock, :limit) on conflict (slug) do nothing
                        returning id""")
                .param("slug", slug).param("name", name).param("description", description).param("kind", kind)
                .param("cost", cost).param("stock", stock).param("limit", limit)
                .query(Long.class).optional().orElse(-1L);
    }

    List<RewardItem> list() {
        return db.sql("select " + ITEM + " from reward_items where active order by cost, name").query(RewardItem.class).list();
    }

    Optional<RewardItem> find(String slug) {
        return db.sql("select " + ITEM + " from reward_items where slug = :s").param("s", slug).query(RewardItem.class).optional();
    }

    /** The item locked until the transaction ends: redemptions of it take turns, so stock is never oversold. */
    Optional<RewardItem> lock(String slug) {
        return db.sql("select " + ITEM + " from reward_items where slug = :s for update").param("s", slug)
                .query(RewardItem.class).optional();
    }

    void takeOne(long itemId) {
        db.sql("update reward_items set stock = stock - 1 where id = :id and stock is not null").param("id", itemId).update();
    }

    int redemptionsBy(long itemId, long memberId) {
        return db.sql("select count(*) from redemptions where item_id = :i and member_id = :m")
                .param("i", itemId).param("m", memberId).query(Integer.class).single();
    }

    long insertRedemption(long itemId, long memberId, long cost, String status, long transactionId) {
        return db.sql("""
                        insert into redemptions (item_id, member_id, cost, status, transaction_id)
                        values (:i, :m, :cost, :status, :t) returning id""")
                .param("i", itemId).param("m", memberId).param("cost", cost).param("status", status).param("t", transactionId)
                .query(Long.class).single();
    }

    /** Hands the next free code of the item to the redemption; empty when the pool is used up. */
    Optional<String> takeCode(long itemId, long redemptionId) {
        return db.sql("""
                        update discount_codes set redemption_id = :r
                        where id = (select id from discount_codes where item_id = :i and redemption_id is null
                                    order by id limit 1 for update skip locked)
                        returning code""")
                .param("i", itemId).param("r", redemptionId).query(String.class).optional();
    }

    int freeCodes(long itemId) {
        return db.sql("select count(*) from discount_codes where item_id = :i and redemption_id is null").param("i", itemId)
                .query(Integer.class).single();
    }

    int addCodes(long itemId, List<String> codes) {
        int added = 0;
        for (var code : codes)
            added += db.sql("insert into discount_codes (item_id, code) values (:i, :c) on conflict do nothing")
                    .param("i", itemId).param("c", code).update();
        return added;
    }

    List<Redemption> redemptionsOf(long memberId) {
        return db.sql("""
                        select r.id, r.item_id, i.name as item_name, r.cost, r.status, c.code, r.created_at
                        from redemptions r join reward_items i on i.id = r.item_id
                        left join discount_codes c on c.redemption_id = r.id
                        where r.member_id = :m order by r.id desc limit 100""")
                .param("m", memberId).query(Redemption.class).list();
    }

    Optional<Rewards.Redeemed> redeemed(long redemptionId) {
        return db.sql("""
                        select r.id, r.member_id, i.name as item_name, r.cost, r.status, r.created_at
                        from redemptions r join reward_items i on i.id = r.item_id where r.id = :id""")
                .param("id", redemptionId).query(Rewards.Redeemed.class).optional();
    }

    /** Merchandise waiting to be sent, oldest first. */
    List<Redemption> awaitingFulfilment() {
        return db.sql("""
                        select r.id, r.item_id, i.name as item_name, r.cost, r.status, null as code, r.created_at
                        from redemptions r join reward_items i on i.id = r.item_id
                        where r.status = 'awaiting-fulfilment' order by r.id limit 200""")
                .query(Redemption.class).list();
    }

    /** How often the member redeemed each item, by item id. */
    java.util.Map<Long, Integer> redemptionCountsBy(long memberId) {
        return db.sql("select item_id, count(*)::int as n from redemptions where member_id = :m group by item_id")
                .param("m", memberId).query((rs, row) -> java.util.Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    /** Codes not handed out yet, by item id (items without a pool are absent). */
    java.util.Map<Long, Integer> freeCodeCounts() {
        return db.sql("select item_id, count(*)::int from discount_codes where redemption_id is null group by item_id")
                .query((rs, row) -> java.util.Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    void insertAddress(long redemptionId, ShippingAddress a) {
        db.sql("""
                        insert into shipping_addresses (redemption_id, name, street, postcode, city, country)
                        values (:r, :name, :street, :postcode, :city, :country)""")
                .param("r", redemptionId).param("name", a.name()).param("street", a.street()).param("postcode", a.postcode())
                .param("city", a.city()).param("country", a.country()).update();
    }

    /** The addresses of these redemptions that still have one, by redemption id. */
    java.util.Map<Long, ShippingAddress> addresses(List<Long> redemptionIds) {
        if (redemptionIds.isEmpty()) return java.util.Map.of();
        return db.sql("select redemption_id, name, street, postcode, city, country from shipping_addresses where redemption_id in (:ids)")
                .param("ids", redemptionIds)
                .query((rs, row) -> java.util.Map.entry(rs.getLong(1), new ShippingAddress(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    void deleteAddress(long redemptionId) {
        db.sql("delete from shipping_addresses where redemption_id = :r").param("r", redemptionId).update();
    }

    boolean fulfil(long redemptionId) {
        return db.sql("update redemptions set status = 'fulfilled' where id = :id and status = 'awaiting-fulfilment'")
                .param("id", redemptionId).update() > 0;
    }

    /** Once: a second refund of the same redemption finds it refunded already. */
    boolean refund(long redemptionId) {
        return db.sql("update redemptions set status = 'refunded' where id = :id and status <> 'refunded'")
                .param("id", redemptionId).update() > 0;
    }
}
