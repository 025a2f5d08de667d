package org.muster.demo;

import org.muster.accounts.EditProfile;
import org.muster.accounts.MemberAdmin;
import org.muster.accounts.MemberStandings;
import org.muster.accounts.NewMember;
import org.muster.accounts.ProfileService;
import org.muster.platform.Actor;
import org.muster.platform.MusterCommand;
import org.muster.platform.Role;
import org.muster.qa.Answer;
import org.muster.qa.AnswerService;
import org.muster.qa.AskQuestion;
import org.muster.qa.PostAnswer;
import org.muster.qa.PostService;
import org.muster.qa.QuestionService;
import org.muster.spaces.SpaceInput;
import org.muster.spaces.SpaceService;
import org.muster.spaces.TagGroup;
import org.muster.spaces.TemplateField;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
    private static final String[] DEVICES = {"Lumen AX3000", "Lumen Mesh Pro", "Lumen Mesh Mini", "Lumen Hub 2",
            "Lumen Extender", "Lumen Travel Router"};
    private static final String[] PLATFORMS = {"windows", "macos", "linux", "ios", "android"};

    /** A problem people ask about, with the answer that solves it and one that does not quite. */
    private record Topic(String tag, String title, String body, String solution, String alternative) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("wifi", "%s drops Wi-Fi every evening", "Every evening around 20:00 the %s loses Wi-Fi for a minute. Cable devices keep working.",
                    "Switch the 2.4 GHz band from channel *auto* to a fixed channel (1, 6 or 11). In the evening neighbours' networks crowd the automatic pick.",
                    "Restart the router every morning with a timer plug."),
            new Topic("firmware", "Firmware update of the %s stuck at 60 %%", "The update of my %s has shown 60 %% for half an hour. Can I unplug it?",
                    "Do **not** unplug it. Wait 20 minutes more; if it is still stuck, hold *reset* for 10 seconds, the previous firmware is kept in a second slot.",
                    "Unplug it and plug it back in, that usually works."),
            new Topic("mesh", "Second %s does not join the mesh", "I bought a second %s but it never joins the mesh; the light keeps blinking blue.",
                    "Put the new unit within 3 metres of the main one for pairing, press *pair* on the main unit first, then on the new one. Move it afterwards.",
                    "Factory reset both units and start over."),
            new Topic("guest-network", "Guests on the %s cannot reach the printer", "Guests on the guest network of my %s cannot print.",
                    "That is by design: the guest network is isolated. Enable *allow guests to reach shared devices* and mark the printer as shared.",
                    "Give guests the main Wi-Fi password instead."),
            new Topic("vpn", "VPN client is slow through the %s", "With my work VPN on, downloads through the %s drop to 2 Mbit/s.",
                    "Turn off *SIP ALG* and *VPN passthrough inspection* in Advanced settings; the inspection reassembles every VPN packet.",
                    "Ask your employer for a faster VPN server."),
            new Topic("parental-controls", "Schedule on the %s ignores the tablet", "I set a bedtime schedule on the %s but the kids' tablet stays online.",
                    "The tablet uses a private (random) MAC address. Turn that off for your network on the tablet, or add the profile by device name.",
                    "Block the tablet completely and unblock it in the morning."),
            new Topic("port-forwarding", "Port forwarding on the %s does not work", "I forwarded port 25565 on the %s but friends cannot connect.",
                    "Check that your provider gives you a public IPv4 address (not CGNAT). If the WAN address starts with 100.64, ask for a public one.",
                    "Forward all ports to the computer (DMZ)."),
            new Topic("app", "App cannot find my %s", "The Lumen app keeps saying it cannot find my %s although the internet works.",
                    "Allow the app *local network* access in your phone's privacy settings and be on the same Wi-Fi (not the guest network).",
                    "Reinstall the app and sign in again."),
            new Topic("speed", "Speed on the %s far below my subscription", "I pay for 500 Mbit/s but see 180 Mbit/s on the %s.",
                    "Test over a cable first. If the cable gives 480+, Wi-Fi is the limit: use the 5 GHz band and a device with Wi-Fi 6.",
                    "Call your provider to complain."),
            new Topic("ipv6", "Should I enable IPv6 on the %s?", "Is it safe to enable IPv6 on the %s? Some sites say it is a risk.",
                    "Yes. The firewall of the %s protects IPv6 the same way; enable it and keep *block inbound* on.",
                    "Keep it off, IPv4 is enough for now."));

    private final SpaceService spaces;
    private final MemberAdmin memberAdmin;
    private final ProfileService profiles;
    private final QuestionService questions;
    private final AnswerService answers;
    private final PostService posts;
    private final MemberStandings standings;

    DemoCommunity(SpaceService spaces, MemberAdmin memberAdmin, ProfileService profiles, QuestionService questions,
                  AnswerService answers, PostService posts, MemberStandings standings) {
        this.standings = standings;
        this.spaces = spaces;
        this.memberAdmin = memberAdmin;
        this.profiles = profiles;
        this.questions = questions;
        this.answers = answers;
        this.posts = posts;
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
        int asked = 0;
        for (int i = 0; i < 300; i++) asked += askAndAnswer(people, random, i) ? 1 : 0;
        out.printf("Demo community loaded: 6 spaces, %d members, %d questions. Sign in as "
                + "anna.devries@demo.muster with the password %s (staff), or any demo member.%n", people.size(), asked, PASSWORD);
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
                    Map.of(DayOfWeek.of(1 + random.nextInt(5)), "18:00-21:00", DayOfWeek.SATURDAY, "10:00-16:00")));
            if (i >= 4 && i < 9) spaces.addMember(system, "champions", email);
            people.add(actor);
        }
        return people;
    }

    private boolean askAndAnswer(List<Actor> people, Random random, int n) {
        var topic = TOPICS.get(n % TOPICS.size());
        var device = DEVICES[(n / TOPICS.size()) % DEVICES.length];
        // Champions ask the first round, creating the topic tags that members then pick.
        var asker = n < TOPICS.size() ? people.get(4 + n % 5) : people.get(9 + random.nextInt(people.size() - 9));
        var platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
        var round = n / (TOPICS.size() * DEVICES.length);
        var title = topic.title().formatted(device) + (round > 0 ? " (again, " + platform + ")" : "");
        var question = questions.ask(asker, new AskQuestion("routers", title,
                topic.body().formatted(device) + "\n\nI am on " + platform + "; it started after I moved the router.",
                List.of(platform, topic.tag()), Map.of("device", device, "steps", "Restarted the router and the " + platform + " device.")));
        int answerCount = random.nextInt(4);
        Answer best = null;
        for (int a = 0; a < answerCount; a++) {
            var helper = people.get(random.nextInt(people.size()));
            if (helper.memberId().equals(asker.memberId())) continue;
            var text = a == 0 ? topic.solution().formatted(device) : topic.alternative();
            var answer = answers.answer(helper, question.id(), new PostAnswer(text));
            if (a == 0) best = answer;
            for (int v = 0; v < random.nextInt(6); v++) {
                var voter = people.get(random.nextInt(people.size()));
                if (!voter.memberId().equals(helper.memberId())) posts.vote(voter, answer.id(), a == 0 ? 1 : (random.nextBoolean() ? 1 : -1));
            }
        }
        for (int v = 0; v < random.nextInt(4); v++) {
            var voter = people.get(random.nextInt(people.size()));
            if (!voter.memberId().equals(asker.memberId())) posts.vote(voter, question.id(), 1);
        }
        if (best != null && random.nextInt(10) < 6) answers.accept(asker, question.id(), best.id());
        if (best != null && random.nextInt(10) < 2) answers.validate(people.get(random.nextInt(2)), best.id(), true);
        return true;
    }
}
