package org.muster.knowledge;

import org.muster.accounts.Members;
import org.muster.platform.Actor;
import org.muster.platform.InputText;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.NotFound;
import org.muster.platform.PayloadTooLarge;
import org.muster.platform.Role;
import org.muster.platform.TagNames;
import org.muster.qa.Answer;
import org.muster.qa.Question;
import org.muster.qa.QuestionDocument;
import org.muster.qa.QuestionDocuments;
import org.muster.qa.QuestionService;
import org.muster.spaces.Space;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Knowledge articles: staff write them from solved threads (prefilled from the threads' solutions) and edit
 * them, each edit a revision; readers see those of the spaces they may see.
 */
@Service
@NamedInterface("api")
public class ArticleService {

    static final int MIN_TITLE = 15;
    static final int MAX_TITLE = 150;
    static final int MIN_BODY = 20;
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_TAGS = 5;
    static final int MAX_THREADS = 20;
    static final int PAGE_SIZE = 30;

    private final ArticleRepository articles;
    private final DuplicateRepository duplicates;
    private final SpaceService spaces;
    private final QuestionService questions;
    private final QuestionDocuments documents;
    private final Members members;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;

    ArticleService(ArticleRepository articles, DuplicateRepository duplicates, SpaceService spaces, QuestionService questions,
                   QuestionDocuments documents, Members members, Markdown markdown, ApplicationEventPublisher events) {
        this.articles = articles;
        this.duplicates = duplicates;
        this.spaces = spaces;
        this.questions = questions;
        this.documents = documents;
        this.members = members;
        this.markdown = markdown;
        this.events = events;
    }

    /**
     * The article form prefilled from these threads and the questions closed as their duplicates: the first
     * question's title and space, its solution's Markdown, then each other thread's solution that says
     * something the body does not yet hold, below a rule; the threads' tags.
     */
    @Transactional(readOnly = true)
    public WriteArticle draft(Actor actor, List<Long> questionIds) {
        actor.require(Role.STAFF);
        var asked = checkedIds(questionIds);
        var ids = new LinkedHashSet<>(asked);
        ids.addAll(duplicates.listDuplicatesOf(asked));
        var threads = visibleThreads(actor, List.copyOf(ids));
        if (threads.isEmpty()) throw new NotFound();
        var solutions = questions.solutions(actor, threads.stream().map(QuestionDocument::id).toList());
        var body = new StringBuilder();
        for (var thread : threads) {
            for (Answer answer : solutions.getOrDefault(thread.id(), List.of())) {
                var text = answer.body().strip();
                if (text.isEmpty() || body.indexOf(text) >= 0) continue;
                if (!body.isEmpty()) body.append("\n\n---\n\n");
                body.append(text);
            }
        }
        var tags = threads.stream().flatMap(t -> t.tags().stream()).distinct().limit(MAX_TAGS).toList();
        var first = threads.getFirst();
        var space = spaces.requireVisible(actor, first.spaceId());
        return new WriteArticle(space.slug(), first.title(), body.toString(), tags,
                threads.stream().map(QuestionDocument::id).toList());
    }

    @Transactional
    public Article write(Actor actor, WriteArticle input) {
        long authorId = actor.requireMember();
        actor.require(Role.STAFF);
        var checked = check(input);
        var space = space(actor, input.space());
        var threadIds = checkedIds(input.questions());
        if (threadIds.isEmpty()) throw new Invalid("questions", "article.questions.required");
        var threads = visibleThreads(actor, threadIds);
        if (threads.size() < threadIds.size()) {
            var found = threads.stream().map(QuestionDocument::id).collect(Collectors.toSet());
            throw new Invalid("questions", "article.questions.unknown",
                    threadIds.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow());
        }
        long id = articles.insert(space.id(), authorId, checked.title(), checked.body(), markdown.toHtml(checked.body()), checked.tags());
        articles.addRevision(id, 1, authorId, checked.title(), checked.body(), checked.tags());
        articles.link(id, threadIds);
        events.publishEvent(new ArticleWritten(id, space.id(), authorId));
        threadIds.forEach(questionId -> events.publishEvent(new ArticleLinked(id, questionId)));
        return articles.find(id).orElseThrow();
    }

    /** A new revision: the threads it documents stay as they are. */
    @Transactional
    public Article edit(Actor actor, long id, WriteArticle input) {
        long editorId = actor.requireMember();
        var article = visible(actor, id);
        actor.require(Role.STAFF);
        var checked = check(input);
        var space = input.space() == null || input.space().isBlank() ? spaces.requireVisible(actor, article.spaceId())
                : space(actor, input.space());
        int revision = articles.update(id, space.id(), checked.title(), checked.body(), markdown.toHtml(checked.body()),
                checked.tags(), editorId);
        articles.addRevision(id, revision, editorId, checked.title(), checked.body(), checked.tags());
        events.publishEvent(new ArticleEdited(id, revision, editorId));
        return articles.find(id).orElseThrow();
    }

    /** The article as the reader may see it: 404 when its space is not visible to him. */
    @Transactional(readOnly = true)
    public Article get(Actor actor, long id) {
        return visible(actor, id);
    }

    /** The article's page: the article, its space, names and the documented threads the reader may see. */
    @Transactional(readOnly = true)
    public ArticleView view(Actor actor, long id) {
        var article = articles.find(id).orElseThrow(NotFound::new);
        var space = spaces.requireVisible(actor, article.spaceId());
        var names = members.summaries(java.util.stream.Stream.of(article.authorId(), article.editedBy())
                .filter(Objects::nonNull).toList());
        var threads = visibleThreads(actor, articles.listThreads(id)).stream()
                .map(t -> new ArticleView.SourceThread(t.id(), t.title(), "/questions/" + t.id() + "/" + Question.slugOf(t.title()),
                        t.solved() || t.validated()))
                .toList();
        return new ArticleView(article, space, name(names, article.authorId()),
                article.editedBy() == null ? null : name(names, article.editedBy()), threads);
    }

    /** A page of the articles of the spaces the reader may see, or of one of them, the newest first. */
    @Transactional(readOnly = true)
    public ArticleList list(Actor actor, String spaceSlug, Long before) {
        Space space = spaceSlug == null || spaceSlug.isBlank() ? null : spaces.view(actor, spaceSlug.strip()).space();
        var visible = spaces.listVisible(actor);
        var in = space != null ? List.of(space.id()) : visible.stream().map(Space::id).toList();
        var page = articles.listIn(in, before, PAGE_SIZE + 1);
        var names = visible.stream().collect(Collectors.toMap(Space::id, Space::name));
        var shown = page.stream().limit(PAGE_SIZE).toList();
        Long next = page.size() > PAGE_SIZE ? shown.getLast().id() : null;
        return new ArticleList(space, shown.stream().map(a -> new ArticleList.Listed(a, names.get(a.spaceId()))).toList(), next);
    }

    /** Every revision of an article the reader may see, the newest first, with its editor's name. */
    @Transactional(readOnly = true)
    public List<ArticleRevision> revisions(Actor actor, long id) {
        visible(actor, id);
        var stored = articles.listRevisions(id);
        var names = members.summaries(stored.stream().map(ArticleRepository.StoredRevision::editorId).collect(Collectors.toSet()));
        return stored.stream().map(r -> new ArticleRevision(id, r.revision(), r.editorId(), name(names, r.editorId()),
                r.title(), r.body(), r.tags(), r.createdAt())).toList();
    }

    private Article visible(Actor actor, long id) {
        var article = articles.find(id).orElseThrow(NotFound::new);
        spaces.requireVisible(actor, article.spaceId());
        return article;
    }

    private Space space(Actor actor, String slug) {
        if (slug == null || slug.isBlank()) throw new Invalid("space", "article.space.required");
        return spaces.view(actor, slug.strip()).space();
    }

    /** These questions, live and in spaces the actor may see, in the order given. */
    private List<QuestionDocument> visibleThreads(Actor actor, List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        var visible = new HashSet<>(spaces.visibleSpaceIds(actor));
        var byId = documents.byIds(ids).stream().filter(d -> !d.deleted() && visible.contains(d.spaceId()))
                .collect(Collectors.toMap(QuestionDocument::id, d -> d));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private record Checked(String title, String body, List<String> tags) {
    }

    private static Checked check(WriteArticle input) {
        var title = input.title() == null ? "" : input.title().strip();
        if (!InputText.fits(title, MIN_TITLE, MAX_TITLE)) throw new Invalid("title", "article.title.length");
        var body = input.body() == null ? "" : input.body().strip();
        if (body.isEmpty()) throw new Invalid("body", "article.body.required");
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) throw new PayloadTooLarge("post.body.too-large");
        if (InputText.visibleLength(body) < MIN_BODY) throw new Invalid("body", "article.body.too-short");
        var tags = new ArrayList<String>();
        for (var raw : input.tags() == null ? List.<String>of() : input.tags()) {
            if (raw == null || raw.isBlank()) continue;
            var name = TagNames.normalize(raw);
            if (name == null) throw new Invalid("tags", TagNames.REFUSED, raw.strip());
            if (!tags.contains(name)) tags.add(name);
        }
        if (tags.size() > MAX_TAGS) throw new Invalid("tags", "article.tags.too-many", MAX_TAGS);
        return new Checked(title, body, tags);
    }

    private static List<Long> checkedIds(Collection<Long> ids) {
        if (ids == null) return List.of();
        // A request's empty questions= parameter arrives as a null item.
        if (ids.stream().anyMatch(Objects::isNull)) throw new Invalid("questions", "article.questions.null");
        var distinct = List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() > MAX_THREADS) throw new Invalid("questions", "article.questions.too-many", MAX_THREADS);
        return distinct;
    }

    private static String name(java.util.Map<Long, org.muster.accounts.MemberSummary> names, long id) {
        var summary = names.get(id);
        return summary == null ? "?" : summary.displayName();
    }
}
