package org.muster.qa;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** Set-based SQL that derives every synthetic row from its number, so generation is repeatable. */
@Repository
class SyntheticRepository {

    private static final String WORDS = """
            array['router','wifi','mesh','firmware','printer','guest','vpn','speed','channel','band','cable','modem',
                  'app','password','reset','update','signal','range','extender','hub','camera','light','plug','schedule',
                  'parental','port','ipv6','dns','dhcp','latency','roaming','bridge','ethernet','switch','battery',
                  'antenna','backup','account','invoice','warranty']""";

    private final JdbcClient db;

    SyntheticRepository(JdbcClient db) {
        this.db = db;
    }

    void generate(long spaceId, List<Long> authors, long first, long last) {
        var ids = authors.toArray(Long[]::new);
        db.sql("insert into tags (name) select 'topic-' || t from generate_series(0, 199) t on conflict do nothing").update();
        db.sql("with w as (select " + WORDS + " as words) " + """
                        insert into posts (kind, space_id, author_id, title, body, body_html, score, view_count, created_at,
                                           last_activity_at, source, source_id)
                        select 'question', :space, (:authors)[1 + (g * 7919) % cardinality(:authors)],
                               'How do I fix the ' || w.words[1 + g % 40] || ' ' || w.words[1 + (g / 40) % 40] || ' problem number ' || g,
                               'My ' || w.words[1 + g % 40] || ' stopped working with the ' || w.words[1 + (g * 3) % 40]
                                   || ' after I changed the ' || w.words[1 + (g * 11) % 40] || '. What should I try first?',
                               '<p>My ' || w.words[1 + g % 40] || ' stopped working with the ' || w.words[1 + (g * 3) % 40]
                                   || ' after I changed the ' || w.words[1 + (g * 11) % 40] || '. What should I try first?</p>',
                               (g * 13) % 21 - 3, (g * 17) % 5000,
                               timestamptz '2024-01-01 00:00:00+00' + make_interval(secs => g * 60),
                               timestamptz '2024-01-01 00:00:00+00' + make_interval(secs => g * 60 + (g % 97) * 3600),
                               'synthetic', g
                        from generate_series(:first, :last) g, w
                        on conflict (source, source_id) where source is not null do nothing""")
                .param("space", spaceId).param("authors", ids).param("first", first).param("last", last).update();
        db.sql("""
                        insert into post_tags (post_id, tag_id)
                        select p.id, t.id from posts p
                        join tags t on t.name in ('topic-' || (p.source_id % 200), 'topic-' || ((p.source_id * 7 + 3) % 200))
                        where p.source = 'synthetic' and p.kind = 'question' and p.source_id between :first and :last
                        on conflict do nothing""")
                .param("first", first).param("last", last).update();
        db.sql("""
                        insert into posts (kind, question_id, space_id, author_id, body, body_html, score, created_at,
                                           last_activity_at, source, source_id)
                        select 'answer', q.id, q.space_id, (:authors)[1 + (q.source_id * 31 + a) % cardinality(:authors)],
                               'Try resetting it and updating the firmware first; answer ' || a || ' to question ' || q.source_id || '.',
                               '<p>Try resetting it and updating the firmware first; answer ' || a || ' to question ' || q.source_id || '.</p>',
                               (q.source_id + a * 5) % 9 - 1, q.created_at + make_interval(secs => a * 900),
                               q.created_at + make_interval(secs => a * 900), 'synthetic', 1000000000 + q.source_id * 4 + a
                        from posts q, generate_series(1, 3) a
                        where q.source = 'synthetic' and q.kind = 'question' and q.source_id between :first and :last
                          and a <= q.source_id % 4
                        on conflict (source, source_id) where source is not null do nothing""")
                .param("authors", ids).param("first", first).param("last", last).update();
        db.sql("""
                        update posts q set accepted_answer_id = a.id
                        from posts a
                        where q.source = 'synthetic' and q.kind = 'question' and q.source_id between :first and :last
                          and q.source_id % 3 = 0 and a.source = 'synthetic' and a.source_id = 1000000000 + q.source_id * 4 + 1""")
                .param("first", first).param("last", last).update();
    }
}
