package org.muster.qa;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.NotFound;
import org.muster.platform.RateLimiter;
import org.muster.platform.Secrets;
import org.muster.platform.UploadedImage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Images for posts, pasted or uploaded in the composer: checked and stripped of their location as every
 * upload is, kept in PostgreSQL and served under an id nobody can guess, the only image addresses
 * {@link org.muster.platform.Markdown} lets a post show. The image is not a change anyone counts: the
 * post that shows it is.
 */
@Service
class PostImages {

    static final String PATH = "/images/";
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** Plenty for a member illustrating a few posts; too few to use the community as free image hosting. */
    static final int PER_HOUR = 30;

    private final ImageRepository images;
    private final PostGuard guard;
    private final RateLimiter limiter;

    PostImages(ImageRepository images, PostGuard guard, RateLimiter limiter) {
        this.images = images;
        this.guard = guard;
        this.limiter = limiter;
    }

    /** Stores the image and answers the address a post refers to it by. */
    @Transactional
    String upload(Actor actor, byte[] bytes, String field) {
        long memberId = actor.requireMember();
        var image = UploadedImage.read(bytes, field);
        if (image == null) throw new Invalid(field, "image.required");
        var id = Secrets.generate("");
        // Asked as for an edit that shows the image: refuses a silenced member, and one too new for
        // images, without using up an allowance of posts.
        try {
            guard.admit(actor, new Draft("edit", 0, null, "![](" + PATH + id + ")", Map.of(), List.of()));
        } catch (Invalid refused) {
            throw new Invalid(field, refused.key(), refused.args());
        }
        limiter.acquire("images:" + memberId, PER_HOUR, Duration.ofHours(1));
        images.insert(id, memberId, image);
        return PATH + id;
    }

    /** Anyone with the address may see the image, as anyone shown the post may. */
    @Transactional(readOnly = true)
    UploadedImage find(String id) {
        if (id == null || !ID.matcher(id).matches()) throw new NotFound();
        return images.find(id).orElseThrow(NotFound::new);
    }
}
