package org.muster.qa;

import org.muster.accounts.MemberSummary;
import org.muster.accounts.Members;
import org.muster.platform.InputText;
import org.muster.platform.Choices;
import org.muster.platform.Actor;
import org.muster.platform.Conflict;
import org.muster.platform.Invalid;
import org.muster.platform.Markdown;
import org.muster.platform.NotFound;
import org.muster.platform.Role;
import org.muster.spaces.SpaceDetails;
import org.muster.spaces.SpaceService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Asking, reading, listing and moderating questions. */
@Service
@NamedInterface("api")
public class QuestionService {

    private static final Set<String> CLOSE_REASONS = Set.of("duplicate", "off-topic", "resolved-elsewhere");

    private final QuestionRepository questions;
    private final PostRepository posts;
    private final TagRepository tagRepository;
    private final Tags tags;
    private final SpaceService spaces;
    private final Members members;
    private final Markdown markdown;
    private final PostGuard guard;
    private final AuthorLabels labels;
    private final DraftRepository drafts;
    private final ThreadRepository threads;
    private final AnswerRepository answers;
    private final ApplicationEventPublisher events;

    QuestionService(QuestionRepository questions, PostRepository posts, TagRepository tagRepository, Tags tags, SpaceService spaces, Members members,
                    Markdown markdown, PostGuard guard, AuthorLabels labels, DraftRepository drafts,
                    ThreadRepository threads, AnswerRepository answers, ApplicationEventPublisher events) {
        this.answers = answers;
        this.questions = questions;
        this.posts = posts;
        this.tagRepository = tagRepository;
        this.tags = tags;
        this.spaces = spaces;
        this.members = members;
        this.markdown = markdown;
        this.guard = guard;
        this.labels = labels;
        this.drafts = drafts;
        this.threads = threads;
        this.events = events;
    }

    @Transactional
    public Question ask(Actor actor, AskQuestion ask) {
        long authorId = actor.requireMember();
        var title = title(ask.title());
        var body = Bodies.check(ask.body());
        var space = spaces.view(actor, ask.space() == null ? "" : ask.space().strip());
        var fields = fields(space, ask.fields());
        var tagIds = tags.resolve(actor, space, ask.tags());
        var draft = new Draft("question", space.space().id(), title, body, fields, Tags.normalize(ask.tags()));
        var admitted = guard.admit(actor, draft);
        long id = questions.insert(space.space().id(), authorId, admitted.title(), admitted.body(),
                markdown.toHtml(admitted.body()), admitted.fields());
        questions.replaceTags(id, tagIds);
        posts.addRevision(id, authorId, admitted.title(), admitted.body(), draft.tags(), admitted.fields(), "");
        if (admitted.held()) posts.setHeld(id, "review");
        questions.watch(id, authorId, true);
        guard.stored(actor, draft, admitted, new StoredPost(id, id, null));
        // Begun on the ask page before a space was chosen, or in the space: either way it is posted now.
        drafts.delete(authorId, DraftPlace.asking(space.space().slug()));
        drafts.delete(authorId, DraftPlace.asking(null));
        events.publishEvent(new QuestionAsked(id, space.space().id(), authorId));
        if (admitted.held()) events.publishEvent(new PostHeld(id, id, "review"));
        return questions.find(id).orElseThrow();
    }

    /**
     * The question as the actor may see it: outsiders and, for deleted ones, non-moderators get 404;
     * a held question is shown to its author, who is told it awaits review.
     */
    @Transactional(readOnly = true)
    public Question get(Actor actor, long id) {
        var question = questions.find(id).orElseThrow(NotFound::new);
        spaces.requireVisible(actor, question.spaceId());
        requireShown(actor, question);
        return question;
    }

    private static void requireShown(Actor actor, Question question) {
        if (!shown(actor, question)) throw new NotFound();
    }

    private static boolean shown(Actor actor, Question question) {
        return !question.deleted() || actor.has(Role.MODERATOR) || (question.held() && Rights.isAuthor(actor, question.authorId()));
    }

    /**
     * Open questions of a space asked in [askedFrom, askedBefore) that nobody answered and support has
     * not taken, by id above afterId, so a caller pages through them all however many it skips.
     */
    @Transactional(readOnly = true)
    public List<Long> unansweredSince(long spaceId, java.time.Instant askedFrom, java.time.Instant askedBefore,
                                      long afterId, int limit) {
        return questions.listUnanswered(spaceId, askedFrom, askedBefore, afterId, limit);
    }

    /**
     * Open questions nobody has answered yet, in every space (those support took too): a figure for the
     * site's operators' monitoring, not for a reader.
     */
    @Transactional(readOnly = true)
    public long countUnanswered() {
        return questions.countUnanswered();
    }

    /** Of these questions, those still open and unanswered that support has not taken. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> stillUnanswered(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(questions.listStillUnanswered(ids));
    }

    /** Marks the question as taken by official support; the support module calls this. */
    @Transactional
    public void markEscalated(long id) {
        questions.markEscalated(id);
        events.publishEvent(new QuestionEscalated(id));
    }

    /**
     * The question page's data: the thread and the reader's own marks on it in one statement, then the space
     * (with the spaces the reader sees), the authors' names and labels, each asked once for the whole page.
     */
    @Transactional(readOnly = true)
    public QuestionThread thread(Actor actor, long id) {
        var rows = threads.find(id, actor.memberId()).orElseThrow(NotFound::new);
        var question = rows.question();
        var view = spaces.viewAmongVisible(actor, question.spaceId());
        var details = view.details();
        requireShown(actor, question);
        var space = details.space();
        var template = details.templateFields();
        var answerList = rows.answers().stream()
                .filter(a -> !a.deleted() || actor.has(Role.MODERATOR) || (a.held() && Rights.isAuthor(actor, a.authorId())))
                .toList();
        var byPost = new LinkedHashMap<Long, List<Comment>>();
        Stream.concat(Stream.of(id), answerList.stream().map(Answer::id)).forEach(postId -> {
            var shown = rows.comments().getOrDefault(postId, List.of()).stream()
                    .filter(c -> c.deletedAt() == null || actor.has(Role.MODERATOR)
                            || (c.hold() != null && Rights.isAuthor(actor, c.authorId()))).toList();
            if (!shown.isEmpty()) byPost.put(postId, shown);
        });
        var authorIds = new HashSet<Long>();
        if (question.authorId() != null) authorIds.add(question.authorId());
        answerList.forEach(a -> { if (a.authorId() != null) authorIds.add(a.authorId()); if (a.validatedBy() != null) authorIds.add(a.validatedBy()); });
        byPost.values().forEach(list -> list.forEach(c -> { if (c.authorId() != null) authorIds.add(c.authorId()); }));
        if (question.closedBy() != null) authorIds.add(question.closedBy());
        Map<Long, MemberSummary> authors = members.summaries(authorIds);
        var duplicates = rows.duplicates();
        QuestionSummary duplicateOf = null;
        var readable = view.visibleIds();
        if (rows.duplicateOf() != null || !duplicates.isEmpty()) {
            var visibleSpaces = new HashSet<>(readable);
            duplicates = duplicates.stream().filter(q -> visibleSpaces.contains(q.spaceId())).toList();
            if (rows.duplicateOf() != null && visibleSpaces.contains(rows.duplicateOf().spaceId())) duplicateOf = rows.duplicateOf();
        }
        return new QuestionThread(question, space, template, answerList, byPost, authors, rows.votes(), rows.helped(),
                rows.watching(), duplicateOf, canonical(actor, question, duplicateOf, readable), duplicates, Rights.of(actor, question),
                labels.labels(authorIds, question.tags(), readable), rows.bookmarked(), rows.answerDraft(),
                rows.commentDrafts(), rows.lastVisit());
    }

    /**
     * The solutions of those of these questions the actor may see: their live accepted and staff-validated
     * answers, by question, the accepted one first. What a knowledge article is written from.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Answer>> solutions(Actor actor, java.util.Collection<Long> questionIds) {
        if (questionIds.isEmpty()) return Map.of();
        return answers.listSolutions(questionIds, spaces.visibleSpaceIds(actor)).stream()
                .collect(Collectors.groupingBy(Answer::questionId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The canonical question a duplicate stands for when its chain goes further than the question it names
     * (stored before chains were followed, or its original closed as a duplicate since), and the reader may see it.
     */
    private QuestionSummary canonical(Actor actor, Question question, QuestionSummary duplicateOf, List<Long> readable) {
        if (duplicateOf == null) return null;
        long canonical = questions.canonicalOf(question.id());
        if (canonical == duplicateOf.id()) return null;
        return questions.find(canonical).filter(c -> readable.contains(c.spaceId()) && !c.deleted())
                .map(QuestionService::summary).orElse(null);
    }

    /** Counts the view once per visitor and day; crawlers are not counted. */
    @Transactional
    public void recordView(Actor actor, long id, String viewer) {
        if (questions.recordView(id, viewer)) events.publishEvent(new QuestionViewed(id, actor.memberId()));
    }

    /** A page of questions in the spaces the actor may see, or in one space. */
    @Transactional(readOnly = true)
    public QuestionPage list(Actor actor, String spaceSlug, QuestionQuery query) {
        List<Long> spaceIds = spaceSlug == null ? spaces.visibleSpaceIds(actor)
                : List.of(spaces.view(actor, spaceSlug).space().id());
        return listed(spaceIds, spaceSlug != null, query).page();
    }

    /** A page, and on a space's first page its pinned questions, in one statement (and one for their authors' names). */
    private Listed listed(List<Long> spaceIds, boolean inSpace, QuestionQuery query) {
        var sort = Sort.of(query.sort());
        var cursor = Cursor.decode(query.after());
        Long tagId = null;
        if (query.tag() != null) {
            var tag = tagRepository.idOf(query.tag());
            if (tag.isEmpty()) return new Listed(List.of(), new QuestionPage(List.of(), null));
            tagId = tag.get();
        }
        boolean withPinned = inSpace && cursor == null;
        var rows = named(questions.list(spaceIds, tagId, query, cursor, withPinned));
        var pinned = withPinned ? rows.stream().filter(QuestionSummary::pinned).toList() : List.<QuestionSummary>of();
        var listed = withPinned ? rows.stream().filter(q -> !q.pinned()).toList() : rows;
        var page = listed.size() > query.size() ? listed.subList(0, query.size()) : listed;
        var next = listed.size() > query.size() ? sort.cursorOf(page.getLast()).encode() : null;
        return new Listed(pinned, new QuestionPage(page, next));
    }

    private record Listed(List<QuestionSummary> pinned, QuestionPage page) {
    }

    /**
     * A space's page in one transaction: the space and the spaces beside it (one statement), its pinned questions
     * (first page only) with a page of questions (one statement).
     */
    @Transactional(readOnly = true)
    public SpacePage spacePage(Actor actor, String spaceSlug, QuestionQuery query) {
        var view = spaces.viewAmongVisible(actor, spaceSlug);
        var listed = listed(List.of(view.details().space().id()), true, query);
        return new SpacePage(view.details(), listed.pinned(), listed.page(), view.visible());
    }

    /** The home or a tag page in one transaction: a page of questions and the spaces beside it. */
    @Transactional(readOnly = true)
    public SpacePage homePage(Actor actor, QuestionQuery query) {
        var visible = spaces.listVisible(actor);
        return new SpacePage(null, List.of(), listed(visible.stream().map(org.muster.spaces.Space::id).toList(), false, query).page(), visible);
    }

    @Transactional
    public Question close(Actor actor, long id, CloseQuestion close) {
        var question = moderated(actor, id);
        var reason = close.reason() == null ? "" : close.reason().strip();
        if (!Choices.isOneOf(reason, CLOSE_REASONS)) throw new Invalid("reason", "question.close.reason", reason);
        if (question.closed()) throw new Conflict(null, "question.closed");
        Long duplicateOf = null;
        if (reason.equals("duplicate")) {
            if (close.duplicateOf() == null) throw new Invalid("duplicateOf", "question.close.duplicate-missing");
            if (close.duplicateOf() == id) throw new Invalid("duplicateOf", "question.close.duplicate-self");
            var named = questions.find(close.duplicateOf())
                    .orElseThrow(() -> new Invalid("duplicateOf", "question.close.duplicate-unknown"));
            // Duplicates point at one canonical question: a duplicate of a duplicate points at the end of its chain.
            long canonical = questions.canonicalOf(named.id());
            if (canonical == id) throw new Invalid("duplicateOf", "question.close.duplicate-self");
            var original = canonical == named.id() ? named : questions.find(canonical).orElseThrow();
            spaces.requireVisible(actor, original.spaceId());
            duplicateOf = original.id();
        }
        questions.close(id, reason, duplicateOf, actor.memberId());
        events.publishEvent(new QuestionClosed(id, reason, duplicateOf, actor.memberId()));
        return questions.find(id).orElseThrow();
    }

    /**
     * Staff choose which question of a cluster of duplicates is the canonical one: it is reopened and the
     * others, the former canonical question among them, become its duplicates.
     */
    @Transactional
    public Question makeCanonical(Actor actor, long id) {
        var question = get(actor, id);
        actor.require(Role.STAFF);
        long former = questions.canonicalOf(id);
        if (former == id) throw new Conflict(null, "canonical.already");
        questions.makeCanonical(id, former, actor.memberId());
        events.publishEvent(new CanonicalQuestionChosen(question.id(), former, actor.memberId()));
        return questions.find(id).orElseThrow();
    }

    /**
     * Of these questions, those the reader may see (as {@link #get} decides), by id: for lists other modules
     * keep of questions, such as collections.
     */
    @Transactional(readOnly = true)
    public Map<Long, Question> readable(Actor actor, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        var visible = new HashSet<>(spaces.visibleSpaceIds(actor));
        var result = new LinkedHashMap<Long, Question>();
        for (var question : questions.findAll(ids))
            if (visible.contains(question.spaceId()) && shown(actor, question)) result.put(question.id(), question);
        return result;
    }

    @Transactional
    public Question reopen(Actor actor, long id) {
        var question = moderated(actor, id);
        if (!question.closed()) throw new Conflict(null, "question.not-closed");
        questions.reopen(id);
        events.publishEvent(new QuestionReopened(id, actor.memberId()));
        return questions.find(id).orElseThrow();
    }

    @Transactional
    public Question lock(Actor actor, long id, boolean locked) {
        moderated(actor, id);
        questions.setLocked(id, locked ? actor.memberId() : null);
        events.publishEvent(new QuestionLocked(id, actor.memberId(), locked));
        return questions.find(id).orElseThrow();
    }

    @Transactional
    public Question pin(Actor actor, long id, boolean pinned) {
        moderated(actor, id);
        questions.setPinned(id, pinned);
        events.publishEvent(new QuestionPinned(id, actor.memberId(), pinned));
        return questions.find(id).orElseThrow();
    }

    @Transactional
    public boolean watch(Actor actor, long id, boolean watching) {
        long memberId = actor.requireMember();
        get(actor, id);
        questions.watch(id, memberId, watching);
        events.publishEvent(new QuestionWatched(id, memberId, watching));
        return watching;
    }

    /** The questions the member watches that they may still see, latest activity first. */
    @Transactional(readOnly = true)
    public List<WatchedQuestion> watched(Actor actor) {
        long memberId = actor.requireMember();
        return questions.listWatched(memberId, spaces.visibleSpaceIds(actor), actor.has(Role.MODERATOR));
    }

    @Scheduled(cron = "0 17 3 * * *")
    @Transactional
    public void forgetOldViews() {
        questions.forgetOldViews();
    }

    private Question moderated(Actor actor, long id) {
        var question = get(actor, id);
        actor.require(Role.MODERATOR);
        return question;
    }

    private List<QuestionSummary> named(List<QuestionSummary> page) {
        var ids = page.stream().map(QuestionSummary::authorId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        var names = members.summaries(ids);
        return page.stream().map(q -> new QuestionSummary(q.id(), q.spaceId(), q.title(), q.tags(), q.score(),
                q.answerCount(), q.viewCount(), q.solved(), q.closed(), q.pinned(), q.authorId(),
                q.authorId() != null && names.containsKey(q.authorId()) ? names.get(q.authorId()).displayName() : q.authorName(),
                q.createdAt(), q.lastActivityAt())).toList();
    }

    private static QuestionSummary summary(Question q) {
        return new QuestionSummary(q.id(), q.spaceId(), q.title(), q.tags(), q.score(), q.answerCount(), q.viewCount(),
                q.solved(), q.closed(), q.pinnedAt() != null, q.authorId(), q.sourceAuthor(), q.createdAt(),
                q.lastActivityAt());
    }

    static String title(String title) {
        var stripped = title == null ? "" : title.strip();
        if (!InputText.fits(stripped, 15, 150)) throw new Invalid("title", "question.title.length");
        return stripped;
    }

    /** Template values: required ones present, unknown ones refused, each at most 10,000 characters. */
    static Map<String, String> fields(SpaceDetails space, Map<String, String> given) {
        var values = given == null ? Map.<String, String>of() : given;
        var known = space.templateFields().stream().map(f -> f.name()).collect(Collectors.toSet());
        for (var name : values.keySet())
            if (!known.contains(name)) throw new Invalid("fields[" + name + "]", "question.field.unknown", name);
        var result = new LinkedHashMap<String, String>();
        for (var field : space.templateFields()) {
            var value = values.get(field.name());
            var text = value == null ? "" : value.strip();
            if (field.required() && text.isEmpty()) throw new Invalid("fields[" + field.name() + "]", "question.field.required", field.label());
            if (InputText.visibleLength(text) > 10_000) throw new Invalid("fields[" + field.name() + "]", "question.field.too-long", field.label());
            if (!text.isEmpty()) result.put(field.name(), text);
        }
        return result;
    }
}
