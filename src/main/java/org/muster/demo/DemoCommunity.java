package org.muster.demo;

import org.muster.accounts.EditProfile;
import org.muster.accounts.MemberAdmin;
import org.muster.accounts.MemberStandings;
import org.muster.accounts.NewMember;
import org.muster.accounts.ProfileService;
import org.muster.moderation.FlagService;
import org.muster.platform.Actor;
import org.muster.platform.MusterCommand;
import org.muster.platform.Role;
import org.muster.qa.AddComment;
import org.muster.qa.Answer;
import org.muster.qa.AnswerService;
import org.muster.qa.AskQuestion;
import org.muster.qa.CloseQuestion;
import org.muster.qa.PostAnswer;
import org.muster.qa.PostService;
import org.muster.qa.Question;
import org.muster.qa.QuestionService;
import org.muster.qa.TagService;
import org.muster.qa.ThreadHistory;
import org.muster.spaces.SpaceInput;
import org.muster.spaces.SpaceService;
import org.muster.spaces.TagGroup;
import org.muster.spaces.TemplateField;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code muster demo}: a living community for a made-up home-network brand, built through the same
 * services as the pages (so every rule and event applies), the same on every run of a fresh
 * database. Members sign in with their address and the password {@value #PASSWORD}.
 */
@Component
class DemoCommunity implements MusterCommand {

    static final String PASSWORD = "demo-password";

    private static final String[] FIRST = {"Anna", "Bram", "Chloé", "Daan", "Eva", "Femke", "Gijs", "Hana", "Ines",
            "Jonas", "Kiki", "Lucas", "Maya", "Noah", "Olga", "Pim", "Quinn", "Rosa", "Sem", "Tess", "Umar", "Vera",
            "Wout", "Xena", "Yara", "Zoë", "Amir", "Bella", "Cas", "Dewi", "Emre", "Fleur", "Guus", "Hugo", "Isa", "Jade"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos",
            "Dubois", "Laurent", "Moreau", "Peeters", "Claes", "Yilmaz", "Kaya", "Novak"};
    private static final String[] CITIES = {"Amsterdam", "Rotterdam", "Utrecht", "Brussels", "Antwerp", "Lyon",
            "Paris", "Ghent", "Eindhoven", "Lille"};
    private static final String[] SKILLS = {"networking", "photography", "Dutch", "French", "bike repair", "tour guiding",
            "home automation", "soldering", "teaching", "Linux", "cooking", "first aid"};
    private static final String[] LANGUAGES = {"Dutch", "English", "French", "German", "Turkish", "Arabic"};
    private static final String[] PLATFORMS = {"windows", "macos", "linux", "ios", "android"};

    private final SpaceService spaces;
    private final MemberAdmin memberAdmin;
    private final ProfileService profiles;
    private final QuestionService questions;
    private final AnswerService answers;
    private final PostService posts;
    private final TagService tags;
    private final ThreadHistory history;
    private final MemberStandings standings;
    private final DemoMissions missions;
    private final FlagService flags;
    private final DemoKnowledge knowledge;

    DemoCommunity(SpaceService spaces, MemberAdmin memberAdmin, ProfileService profiles, QuestionService questions,
                  AnswerService answers, PostService posts, TagService tags, ThreadHistory history,
                  MemberStandings standings, DemoMissions missions, FlagService flags, DemoKnowledge knowledge) {
        this.standings = standings;
        this.spaces = spaces;
        this.memberAdmin = memberAdmin;
        this.profiles = profiles;
        this.questions = questions;
        this.answers = answers;
        this.posts = posts;
        this.tags = tags;
        this.history = history;
        this.missions = missions;
        this.flags = flags;
        this.knowledge = knowledge;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo    (loads a demo community into an empty installation)";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        var system = new Actor(0L, Role.ADMIN, "demo", ZoneId.of("UTC"));
        if (spaces.listVisible(system).stream().anyMatch(s -> s.slug().equals("routers"))) {
            out.println("The demo community is already loaded.");
            return;
        }
        var random = new Random(20261123L);
        createSpaces(system);
        var people = createMembers(system, random);
        // Missions first: the challenge counts the answers accepted after it opened.
        var seeded = missions.seed(system, people);
        var open = new ArrayList<Question>();
        var asked = askEverywhere(people, random, open);
        describeTags(people.get(4));
        var tickets = missions.escalate(people, open);
        var known = knowledge.seed(people, asked);
        out.printf("Demo community loaded: 6 spaces, %d members, %d questions, %s, %d support tickets, %s. Sign in as "
                + "anna.devries@demo.muster with the password %s (staff), or any demo member.%n",
                people.size(), asked.size(), seeded, tickets, known, PASSWORD);
    }

    private void createSpaces(Actor system) {
        var platforms = List.of(new TagGroup("platform", List.of(PLATFORMS)));
        spaces.create(system, new SpaceInput("getting-started", "Getting started",
                "Unboxing, first set-up and the Lumen app.", "public", List.of(), List.of()));
        spaces.create(system, new SpaceInput("routers", "Routers & Wi-Fi",
                "Coverage, speed, mesh, firmware and everything between your devices and the internet.", "public",
                List.of(new TemplateField("device", "Device", true), new TemplateField("firmware", "Firmware version", false),
                        new TemplateField("steps", "Steps tried", false)), platforms));
        spaces.create(system, new SpaceInput("smart-home", "Smart home",
                "Lights, plugs, cameras and automations with the Lumen Hub.", "public", List.of(), List.of()));
        spaces.create(system, new SpaceInput("beta", "Beta program",
                "Try new firmware before everyone else and tell us what breaks.", "members", List.of(), List.of()));
        spaces.create(system, new SpaceInput("champions", "Champions lounge",
                "Where champions coordinate.", "private", List.of(), List.of()));
        spaces.create(system, new SpaceInput("staff", "Staff room", "Staff only.", "staff", List.of(), List.of()));
    }

    private List<Actor> createMembers(Actor system, Random random) {
        var people = new ArrayList<Actor>();
        for (int i = 0; i < FIRST.length; i++) {
            var name = FIRST[i] + " " + LAST[i % LAST.length];
            var role = i < 2 ? Role.STAFF : i < 4 ? Role.MODERATOR : i < 9 ? Role.CHAMPION : Role.MEMBER;
            var email = (FIRST[i] + "." + LAST[i % LAST.length]).toLowerCase().replaceAll("[^a-z.]", "") + "@demo.muster";
            var member = memberAdmin.create(system, new NewMember(email, PASSWORD, name, role.code()));
            // A living community: its members have been around for a while.
            standings.setTrust(member.id(), role.atLeast(Role.MODERATOR) ? 4 : 3, false);
            var actor = new Actor(member.id(), role, name, ZoneId.of("Europe/Amsterdam"));
            profiles.edit(actor, member.id(), new EditProfile(name, "Lumen user since " + (2015 + random.nextInt(10)) + ".",
                    CITIES[random.nextInt(CITIES.length)], "Europe/Amsterdam",
                    List.of(SKILLS[random.nextInt(SKILLS.length)], SKILLS[random.nextInt(SKILLS.length)]),
                    List.of(LANGUAGES[i % 3], "English"),
                    Map.of(DayOfWeek.of(1 + random.nextInt(5)), "18:00-21:00", DayOfWeek.SATURDAY, "10:00-16:00"), null));
            if (i >= 4 && i < 9) spaces.addMember(system, "champions", email);
            people.add(actor);
        }
        return people;
    }

    /** Every space's threads, then the router questions asked on each device; open collects the ones nobody solved. */
    private List<Question> askEverywhere(List<Actor> people, Random random, List<Question> open) {
        var asked = new ArrayList<Question>();
        var threads = new ArrayList<DemoThreads.Thread>(DemoThreads.THREADS);
        var firsts = new HashMap<String, Question>();
        var devices = new HashMap<DemoThreads.Thread, String>();
        // Tags some thread already brought in: members may only pick existing ones.
        var usedTags = new HashSet<String>();
        for (var device : DemoThreads.ROUTER_DEVICES)
            for (var topic : DemoThreads.ROUTER_TOPICS) {
                var thread = new DemoThreads.Thread("routers", topic.title().formatted(device),
                        topic.body().formatted(device), List.of(PLATFORMS[random.nextInt(PLATFORMS.length)], topic.tag()),
                        List.of(topic.solution() + "\n\nOn the " + device + " you find it in the app under *Devices → " + device + " → Advanced*.",
                                topic.alternative()), List.of(), DemoThreads.Outcome.ACCEPTED);
                threads.add(thread);
                devices.put(thread, device);
            }
        for (var thread : threads) {
            var question = ask(people, random, thread, devices.get(thread), usedTags);
            asked.add(question);
            if (thread.outcome() == DemoThreads.Outcome.OPEN) open.add(question);
            // The same router problem asked again on another device: the first thread already answers it.
            var topic = thread.tags().getLast();
            if (thread.space().equals("routers") && firsts.putIfAbsent(topic, question) != null && random.nextInt(5) == 0)
                questions.close(people.get(2), question.id(), new CloseQuestion("duplicate", firsts.get(topic).id()));
        }
        return asked;
    }

    private Question ask(List<Actor> people, Random random, DemoThreads.Thread thread, String device, Set<String> usedTags) {
        // The private spaces' own people: staff in the staff room, the champions in their lounge.
        var insiders = thread.space().equals("staff") ? people.subList(0, 2)
                : thread.space().equals("champions") ? people.subList(4, 9) : people;
        // Champions and staff write the pinned and insider threads and bring in new tags; members ask the rest.
        boolean newTags = !usedTags.containsAll(thread.tags());
        usedTags.addAll(thread.tags());
        var asker = thread.outcome() == DemoThreads.Outcome.PINNED || insiders.size() < people.size() || newTags
                ? insiders.get(random.nextInt(Math.min(9, insiders.size())))
                : people.get(9 + random.nextInt(people.size() - 9));
        var fields = device == null ? Map.<String, String>of()
                : Map.of("device", device, "steps", "Restarted the router and the device.");
        var question = questions.ask(asker, new AskQuestion(thread.space(), thread.title(), thread.body(), thread.tags(), fields));
        Answer first = null;
        for (var text : thread.answers()) {
            var helper = helperFor(insiders, asker, random);
            var answer = answers.answer(helper, question.id(), new PostAnswer(text));
            if (first == null) first = answer;
            int votes = first == answer ? 2 + random.nextInt(6) : random.nextInt(4);
            for (int v = 0; v < votes; v++) {
                var voter = insiders.get(random.nextInt(insiders.size()));
                if (!voter.memberId().equals(helper.memberId()))
                    posts.vote(voter, answer.id(), first == answer || random.nextInt(3) > 0 ? 1 : -1);
            }
            // Advice that could do harm gets flagged (last: enough flags hide it), so the review queue has work.
            var harm = DemoThreads.HARMFUL.get(text);
            if (harm != null) flags.flag(helperFor(insiders, helper, random), answer.id(), "wrong", harm);
        }
        for (int v = 0; v < random.nextInt(5); v++) {
            var voter = insiders.get(random.nextInt(insiders.size()));
            if (!voter.memberId().equals(asker.memberId())) posts.vote(voter, question.id(), 1);
        }
        var comments = thread.comments().isEmpty() && random.nextInt(3) == 0
                ? List.of(DemoThreads.FOLLOW_UPS[random.nextInt(DemoThreads.FOLLOW_UPS.length)]) : thread.comments();
        for (var text : comments)
            posts.comment(helperFor(insiders, null, random), first == null ? question.id() : first.id(), new AddComment(text));
        // Moderators are no members of the private spaces; staff keep those in order.
        var moderator = insiders.size() < people.size() ? people.get(0) : people.get(2 + random.nextInt(2));
        switch (thread.outcome()) {
            case ACCEPTED -> { if (first != null && random.nextInt(10) < 8) answers.accept(asker, question.id(), first.id()); }
            case VALIDATED -> {
                answers.accept(asker, question.id(), first.id());
                answers.validate(people.get(random.nextInt(2)), first.id(), true);
            }
            case PINNED -> questions.pin(moderator, question.id(), true);
            case LOCKED -> questions.lock(moderator, question.id(), true);
            case OFF_TOPIC -> questions.close(moderator, question.id(), new CloseQuestion("off-topic", null));
            case OPEN -> { }
        }
        // Asked some time in the last eight months, at least four days ago so that its answers are in the past;
        // the threads that helped most were read most.
        var askedAt = Instant.now().minus(Duration.ofHours(96 + random.nextInt(240 * 24)));
        int views = 15 + random.nextInt(120) + (first == null ? 0 : random.nextInt(2400))
                + (thread.outcome() == DemoThreads.Outcome.PINNED ? 3000 : 0);
        history.date(question.id(), askedAt, views);
        return question;
    }

    private static Actor helperFor(List<Actor> insiders, Actor asker, Random random) {
        for (;;) {
            var helper = insiders.get(random.nextInt(insiders.size()));
            if (asker == null || !helper.memberId().equals(asker.memberId())) return helper;
        }
    }

    private void describeTags(Actor champion) {
        DemoThreads.TAG_DESCRIPTIONS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(tag -> tags.describe(champion, tag.getKey(), tag.getValue()));
    }
}
