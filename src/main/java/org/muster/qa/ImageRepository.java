package org.muster.qa;

import org.muster.platform.UploadedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class ImageRepository {

    private final JdbcClient db;

    ImageRepository(JdbcClient db) {
        this.db = db;
    }

    void insert(String id, long memberId, UploadedImage image) {
        db.sql("insert into post_images (id, member_id, content_type, bytes) values (:id, :m, :t, :b)")
                .param("id", id).param("m", memberId).param("t", image.contentType()).param("b", image.bytes()).update();
    }

    Optional<UploadedImage> find(String id) {
        return db.sql("select content_type, bytes from post_images where id = :id").param("id", id)
                .query((rs, row) -> new UploadedImage(rs.getString(1), rs.getBytes(2))).optional();
    }
}
