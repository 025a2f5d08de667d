package org.muster.missions.tasks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Proof for task missions, its images and the history of its review. */
@Repository
class SubmissionRepository {

    // The review note is the latest reviewer's word on the submission, shown to its member.
    private static final String COLUMNS = """
            s.id, s.mission_id, s.member_id, s.body, s.link, s.status, s.created_at, s.updated_at,
            exists (select 1 from submission_images i where i.submission_id = s.id) as has_image,
            (select e.note from submission_events e where e.submission_id = s.id order by e.id desc limit 1) as review_note""";

    private final JdbcClient db;

    SubmissionRepository(JdbcClient db) {
        this.db = db;
    }

    long insertSubmission(long missionId, long memberId, String body, String link, String status) {
        return db.sql("""
                        insert into mission_submissions (mission_id, member_id, body, link, status)
                        values (:m, :member, :body, :link, :status) returning id""")
                .param("m", missionId).param("member", memberId).param("body", body).param("link", link).param("status", status)
                .query(Long.class).single();
    }

    Optional<Submission> lockSubmission(long id) {
        return db.sql("select " + COLUMNS + " from mission_submissions s where id = :id for update")
                .param("id", id).query(Submission.class).optional();
    }

    /** The given submissions, locked in id order so that two reviewers' bulk actions cannot deadlock. */
    List<Submission> lockSubmissions(java.util.Collection<Long> ids) {
        return db.sql("select " + COLUMNS + " from mission_submissions s where id in (:ids) order by id for update")
                .param("ids", ids).query(Submission.class).list();
    }

    void setStatus(long submissionId, String status, Long actor, String note) {
        db.sql("update mission_submissions set status = :s, updated_at = now() where id = :id")
                .param("id", submissionId).param("s", status).update();
        db.sql("insert into submission_events (submission_id, status, actor_id, note) values (:id, :s, :a, :n)")
                .param("id", submissionId).param("s", status).param("a", actor).param("n", note == null ? "" : note).update();
    }

    List<Submission> submissionsOf(long memberId) {
        return db.sql("select " + COLUMNS + " from mission_submissions s where member_id = :m order by created_at desc limit 100")
                .param("m", memberId).query(Submission.class).list();
    }

    List<Submission> waiting() {
        return db.sql("select " + COLUMNS + " from mission_submissions s where status = 'submitted' order by created_at limit 200")
                .query(Submission.class).list();
    }

    /** Waiting submissions with the mission each is for, oldest first: what staff review. */
    List<PendingSubmission> pending(int limit) {
        var submission = new org.springframework.jdbc.core.DataClassRowMapper<>(Submission.class);
        return db.sql("select " + COLUMNS + """
                        , m.slug, m.title
                        from mission_submissions s join missions m on m.id = s.mission_id
                        where s.status = 'submitted' order by s.created_at, s.id limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new PendingSubmission(submission.mapRow(rs, row), rs.getString("slug"), rs.getString("title"), null))
                .list();
    }

    void insertImage(long submissionId, ProofImage image) {
        db.sql("insert into submission_images (submission_id, content_type, bytes) values (:s, :t, :b)")
                .param("s", submissionId).param("t", image.contentType()).param("b", image.bytes()).update();
    }

    Optional<ProofImage> image(long submissionId) {
        return db.sql("select content_type, bytes from submission_images where submission_id = :s").param("s", submissionId)
                .query((rs, row) -> new ProofImage(rs.getString(1), rs.getBytes(2))).optional();
    }

    Optional<Submission> submission(long id) {
        return db.sql("select " + COLUMNS + " from mission_submissions s where id = :id")
                .param("id", id).query(Submission.class).optional();
    }
}
