package org.muster.branding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class BrandRepository {

    private final JdbcClient db;

    BrandRepository(JdbcClient db) {
        this.db = db;
    }

    record Settings(String name, String accent, String welcome, String logoType, Instant updatedAt) {
    }

    Optional<Settings> find() {
        return db.sql("select name, accent, welcome, logo_type, updated_at from brand_settings")
                .query(Settings.class).optional();
    }

    List<FooterLink> listLinks() {
        return db.sql("select label, url from brand_footer_links order by position").query(FooterLink.class).list();
    }

    Optional<Logo> findLogo() {
        return db.sql("select logo_type, logo from brand_settings where logo is not null")
                .query((row, n) -> new Logo(row.getString("logo_type"), row.getBytes("logo"))).optional();
    }

    void update(String name, String accent, String welcome, long by) {
        db.sql("""
                insert into brand_settings (name, accent, welcome, updated_at, updated_by)
                values (:name, :accent, :welcome, now(), :by)
                on conflict (id) do update set name = excluded.name, accent = excluded.accent,
                    welcome = excluded.welcome, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("name", name).param("accent", accent).param("welcome", welcome).param("by", by).update();
    }

    void replaceLinks(List<FooterLink> links) {
        db.sql("delete from brand_footer_links").update();
        for (int i = 0; i < links.size(); i++)
            db.sql("insert into brand_footer_links (position, label, url) values (:position, :label, :url)")
                    .param("position", i).param("label", links.get(i).label()).param("url", links.get(i).url()).update();
    }

    /** A null logo removes it. */
    void updateLogo(Logo logo, long by) {
        db.sql("""
                insert into brand_settings (logo, logo_type, updated_at, updated_by)
                values (:logo, :type, now(), :by)
                on conflict (id) do update set logo = excluded.logo, logo_type = excluded.logo_type,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("logo", logo == null ? null : logo.bytes()).param("type", logo == null ? null : logo.contentType())
                .param("by", by).update();
    }
}
