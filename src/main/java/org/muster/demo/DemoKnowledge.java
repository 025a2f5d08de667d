package org.muster.demo;

import org.muster.knowledge.ArticleService;
import org.muster.knowledge.CanonicalAnswers;
import org.muster.knowledge.CanonicalNoteInput;
import org.muster.knowledge.CanonicalReviewInput;
import org.muster.knowledge.CollectionInput;
import org.muster.knowledge.CollectionItems;
import org.muster.knowledge.Collections;
import org.muster.knowledge.ConvertConversation;
import org.muster.knowledge.HelpRooms;
import org.muster.knowledge.RoomConversions;
import org.muster.knowledge.WriteArticle;
import org.muster.platform.Actor;
import org.muster.qa.AnswerService;
import org.muster.qa.Question;
import org.muster.qa.QuestionService;
import org.muster.qa.ThreadHistory;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the community made of its threads: help-room chats (one of them turned into a question), an article
 * staff wrote from a solved thread and its duplicates, a "best of" collection pinned to a space, a
 * canonical answer with what it applies to and when to review it, and one outdated. Members are the ones {@link DemoCommunity}
 * made: 0-1 staff, 2-3 moderators, 4-8 champions, the rest members.
 */
@Component
class DemoKnowledge {

    /** A help-room chat: who writes each line, by index into the demo's people, and what they write. */
    private record Line(int person, String text) {
    }

    private static final List<Line> HUB_CHAT = List.of(
            new Line(12, "Anyone around? My Hub 2 lost all its Zigbee devices after I moved it to the living room"),
            new Line(5, "Hi! Do the devices show *offline* in the app, or are they gone from the list?"),
            new Line(12, "Offline, all eleven of them. The Hub itself is online and the app sees it fine."),
            new Line(5, "Did you plug it in next to the Wi-Fi router? Zigbee and 2.4 GHz Wi-Fi share the same air, and right next to the router the Hub hears only the router."),
            new Line(12, "It is right next to it, yes, on the same shelf."),
            new Line(5, "Move it at least a metre away from the router, then restart the Hub (*Settings → Restart*). The devices find it again within ten minutes; battery sensors may need a button press to wake up."),
            new Line(12, "Moved it to the other end of the shelf and restarted it. Eight are back already, the motion sensors came back after a press. Thank you!"),
            new Line(5, "Great. If it happens again, set the Wi-Fi to channel 1 or 6 and the Hub to Zigbee channel 25 so they stay apart."));

    private static final List<Line> ROUTER_CHAT = List.of(
            new Line(14, "Quick one: is WPA3 safe to switch on? I have a few older devices at home"),
            new Line(4, "Safe, yes, but devices older than about 2019 often cannot join a WPA3-only network."),
            new Line(14, "The printer and an old e-reader are from 2016 or so."),
            new Line(4, "Then pick *WPA2/WPA3 mixed* under *Wi-Fi → Main network → Security*: new devices use WPA3, the old ones keep WPA2."),
            new Line(14, "Done, everything reconnected by itself. Does the guest network need the same?"),
            new Line(4, "The guest network has its own setting on the same page; mixed mode is a good choice there too."));

    private final HelpRooms rooms;
    private final RoomConversions conversions;
    private final ArticleService articles;
    private final Collections collections;
    private final CanonicalAnswers canonical;
    private final QuestionService questions;
    private final AnswerService answers;
    private final ThreadHistory history;
    private final SpaceService spaces;

    DemoKnowledge(HelpRooms rooms, RoomConversions conversions, ArticleService articles, Collections collections,
                  CanonicalAnswers canonical, QuestionService questions, AnswerService answers, ThreadHistory history,
                  SpaceService spaces) {
        this.rooms = rooms;
        this.conversions = conversions;
        this.articles = articles;
        this.collections = collections;
        this.canonical = canonical;
        this.questions = questions;
        this.answers = answers;
        this.history = history;
        this.spaces = spaces;
    }

    /** asked: the demo's threads, in the order they were asked. Returns what it made, for the command's last line. */
    String seed(List<Actor> people, List<Question> asked) {
        var staff = people.getFirst();
        // As they are now, answered and closed; the threads of the spaces staff may not see are not for them.
        var now = questions.readable(staff, asked.stream().map(Question::id).toList());
        var threads = asked.stream().map(q -> now.get(q.id())).filter(Objects::nonNull).toList();
        convert(people, chat(people, "smart-home", HUB_CHAT), "Hub 2 loses its Zigbee devices next to the router");
        chat(people, "routers", ROUTER_CHAT);
        article(staff, threads);
        collection(staff, threads);
        outdated(staff, threads);
        return "2 help rooms, 1 article, 1 collection";
    }

    /** Posts the chat in the space's help room; the ids of its messages, in order. */
    private List<Long> chat(List<Actor> people, String space, List<Line> lines) {
        var ids = new ArrayList<Long>();
        for (var line : lines) ids.add(rooms.post(people.get(line.person()), space, line.text()).id());
        return ids;
    }

    /** The champion who helped turns the chat into a question with her answer, which the asker accepts. */
    private void convert(List<Actor> people, List<Long> messages, String title) {
        var helper = people.get(HUB_CHAT.get(1).person());
        var asker = people.get(HUB_CHAT.getFirst().person());
        var result = conversions.convert(helper, "smart-home", new ConvertConversation(messages, title, List.of("hub")));
        answers.accept(asker, result.questionId(), result.answerId());
        // Written at once, the question and its answer would share a moment; the chat happened this morning.
        history.date(result.questionId(), Instant.now().minus(Duration.ofHours(12)), 40);
    }

    /**
     * Staff document the first solved router thread that others were closed as duplicates of (else the first
     * solved one), from the draft its solutions make, and note what its solution applies to and when to review it.
     */
    private void article(Actor staff, List<Question> threads) {
        long routers = spaces.view(staff, "routers").space().id();
        var solved = threads.stream().filter(q -> q.spaceId() == routers && q.duplicateOf() == null
                && q.acceptedAnswerId() != null).toList();
        var documented = solved.stream()
                .filter(q -> threads.stream().anyMatch(d -> Objects.equals(d.duplicateOf(), q.id())))
                .findFirst().orElse(solved.getFirst());
        // Knowledge learns of duplicates from the feed, later: the draft is given them.
        var sources = new ArrayList<>(List.of(documented.id()));
        threads.stream().filter(d -> Objects.equals(d.duplicateOf(), documented.id())).forEach(d -> sources.add(d.id()));
        var draft = articles.draft(staff, sources);
        articles.write(staff, new WriteArticle(draft.space(), draft.title(), draft.body(), draft.tags(), draft.questions()));
        canonical.note(staff, documented.acceptedAnswerId(), new CanonicalNoteInput("Every Lumen router, firmware 4.0 and later",
                LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString()));
    }

    /** The Hub firmware workaround that the next firmware made unnecessary waits in content health as outdated. */
    private void outdated(Actor staff, List<Question> threads) {
        long smartHome = spaces.view(staff, "smart-home").space().id();
        threads.stream().filter(q -> q.spaceId() == smartHome && q.tags().contains("firmware") && q.acceptedAnswerId() != null)
                .forEach(q -> canonical.markOutdated(staff, q.acceptedAnswerId(), new CanonicalReviewInput(null, null)));
    }

    /** The solved threads a newcomer needs most, pinned to the space where they start. */
    private void collection(Actor staff, List<Question> threads) {
        long start = spaces.view(staff, "getting-started").space().id();
        var best = threads.stream().filter(q -> q.spaceId() == start && q.solved()).limit(5).map(Question::id).toList();
        var collection = collections.create(staff, new CollectionInput("Best of getting started",
                "The answers that got most newcomers going: cables, set-up codes, accounts and the Wi-Fi name."));
        collections.arrange(staff, collection.id(), new CollectionItems(best));
        collections.pin(staff, collection.id(), "getting-started", true);
    }
}
