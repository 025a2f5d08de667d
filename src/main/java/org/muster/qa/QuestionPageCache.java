package org.muster.qa;

import jakarta.servlet.http.HttpServletRequest;
import org.muster.platform.Actor;
import org.muster.platform.DomainEvent;
import org.muster.platform.PageCachePolicy;
import org.muster.spaces.SpaceChanged;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Visitors' question pages (and their JSON) are cached per question, the lists (home, spaces, tags) together. Any
 * change to a question drops its page and the lists; a change of a space (its visibility) or an
 * import drops everything.
 */
@Component
class QuestionPageCache implements PageCachePolicy {

    private static final Pattern QUESTION = Pattern.compile("(?:/api/v1)?/questions/(\\d+)(/[^/]*)?");
    private static final Pattern RELATED = Pattern.compile("/related/(\\d+)");
    private static final Pattern LIST = Pattern.compile("/|/spaces/[^/]+|/tags/[^/]+");

    private final QuestionService questions;

    QuestionPageCache(QuestionService questions) {
        this.questions = questions;
    }

    @Override
    public Optional<String> tagOf(String path) {
        var question = QUESTION.matcher(path);
        if (question.matches()) return Optional.of("question:" + question.group(1));
        var related = RELATED.matcher(path);
        if (related.matches()) return Optional.of("question:" + related.group(1));
        return LIST.matcher(path).matches() ? Optional.of("lists") : Optional.empty();
    }

    @Override
    public Set<String> staleAfter(DomainEvent event) {
        return switch (event) {
            case SpaceChanged changed -> Set.of(EVERYTHING);
            case QuestionsImported imported -> Set.of(EVERYTHING);
            // View counts and watches may lag on cached pages until they expire; evicting on every view
            // would empty the cache exactly when visitors arrive.
            case QuestionViewed viewed -> Set.of();
            case QuestionWatched watched -> Set.of();
            // Other questions' pages list a question as related: one that leaves view (or comes back) changes all of them.
            case PostDeleted deleted when deleted.postId() == deleted.questionId() -> Set.of(EVERYTHING);
            case PostRestored restored when restored.postId() == restored.questionId() -> Set.of(EVERYTHING);
            case PostHeld held when held.postId() == held.questionId() -> Set.of(EVERYTHING);
            case PostReleased released when released.postId() == released.questionId() -> Set.of(EVERYTHING);
            // Every duplicate of the cluster now names another canonical question.
            case CanonicalQuestionChosen chosen -> Set.of(EVERYTHING);
            case QuestionEvent change -> Set.of("question:" + change.questionId(), "lists");
            default -> Set.of();
        };
    }

    @Override
    public void served(HttpServletRequest request, String path) {
        var question = QUESTION.matcher(path);
        if (!question.matches()) return;
        var viewer = Viewers.key(Actor.visitor(), request);
        if (viewer != null) questions.recordView(Actor.visitor(), Long.parseLong(question.group(1)), viewer);
    }
}
