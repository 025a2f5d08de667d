package org.muster.missions.common;

import org.muster.missions.disputes.Disputes;
import org.muster.missions.tasks.Tasks;
import org.muster.missions.matching.Matching;
import org.muster.missions.shifts.Shifts;
import org.muster.platform.Actor;
import org.muster.platform.Checks;
import org.muster.platform.Done;
import org.muster.platform.Gazetteer;
import org.muster.recognition.Reputation;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.muster.platform.FormErrors;
import org.muster.platform.FormNumbers;
import org.muster.platform.MusterException;
import org.muster.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;

/** The missions a member can join (and why not), each mission's page, staff's forms to publish them, and review. */
@Controller
public class MissionsPages {

    record ProgramForm(String name, String description, String budget, String currency, String cashBudget) {
    }

    /** program is an existing program's slug; left empty, programName and its budgets create one with the mission. */
    record MissionForm(String program, String programName, String programBudget, String programCashBudget, String title,
                       String description, String kind, String rewardPoints, String rewardCash, String rewardCurrency,
                       String approval, String skills, String languages, String city, String place, String placeChoice, String latitude,
                       String longitude, String minRank, String badge, Boolean championsOnly, String perMemberLimit,
                       String perWeekLimit, String startsAt, String endsAt, String challengeMetric, String challengeTag,
                       String challengeTarget) {
    }

    record ProofForm(String body, String link, org.springframework.web.multipart.MultipartFile image) {
    }

    record SlotForm(String startsAt, String endsAt, String place, String capacity, String optInUntil) {
    }

    private final Missions missions;
    private final Tasks tasks;
    private final Shifts shifts;
    private final Matching matching;
    private final Reliability reliability;
    private final Disputes disputes;
    private final Reputation reputation;
    private final Gazetteer gazetteer;

    private static final int PLACE_CHOICES = 10;

    MissionsPages(Missions missions, Tasks tasks, Shifts shifts, Matching matching, Reliability reliability, Disputes disputes,
                  Reputation reputation, Gazetteer gazetteer) {
        this.reputation = reputation;
        this.gazetteer = gazetteer;
        this.missions = missions;
        this.tasks = tasks;
        this.shifts = shifts;
        this.matching = matching;
        this.reliability = reliability;
        this.disputes = disputes;
    }

    @GetMapping("/missions")
    String list(Actor actor, Model model) {
        model.addAttribute("offers", missions.offers(actor));
        var schedule = shifts.schedule(actor);
        var mine = tasks.mine(actor);
        model.addAttribute("schedule", schedule);
        model.addAttribute("mine", mine);
        // Each mission in the list says where the member stands: their next slot, or their latest proof.
        model.addAttribute("nextBooking", schedule.upcoming().stream().filter(b -> !b.entry().signup().status().equals("withdrawn"))
                .collect(java.util.stream.Collectors.toMap(b -> b.entry().missionSlug(), b -> b, (first, later) -> first)));
        model.addAttribute("lastSubmission", mine.stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.missionId(), s -> s, (latest, older) -> latest)));
        model.addAttribute("matches", matching.mine(actor));
        model.addAttribute("reliability", reliability.of(actor, actor.memberId()));
        model.addAttribute("waiting", actor.isStaff() ? tasks.waiting(actor).size() : 0);
        model.addAttribute("myDisputes", disputes.mineByItem(actor));
        return "missions/missions";
    }

    @GetMapping("/missions/new")
    String newForms(Actor actor, Model model) {
        actor.require(Role.STAFF);
        return forms(actor, model);
    }

    /** Both forms; the one just posted keeps what was typed. */
    private String forms(Actor actor, Model model) {
        var programs = missions.programs(actor);
        if (!model.containsAttribute("programForm")) model.addAttribute("programForm", new ProgramForm("", "", "0", "EUR", ""));
        if (!model.containsAttribute("missionForm")) model.addAttribute("missionForm", new MissionForm(
                programs.isEmpty() ? "" : programs.getFirst().slug(), "", "0", "", "", "", "task", "0", "", "EUR", "staff", "", "",
                "", "", "", "", "", "", "", false, "", "", "", "", "", "", ""));
        model.addAttribute("programs", programs);
        model.addAttribute("kinds", Missions.KINDS);
        model.addAttribute("metrics", Missions.CHALLENGE_METRICS);
        model.addAttribute("ranks", reputation.rankNames());
        model.addAttribute("badges", reputation.badgeNames(actor));
        if (!model.containsAttribute("placeChoices")) model.addAttribute("placeChoices", List.of());
        return "missions/new";
    }

    @PostMapping("/programs")
    String createProgram(Actor actor, @ModelAttribute("programForm") ProgramForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        var checks = new Checks();
        var budget = checks.read(() -> FormNumbers.parse("budget", form.budget()));
        var cash = checks.read(() -> FormNumbers.money("cashBudget", form.cashBudget(), form.currency()));
        try {
            if (!checks.isEmpty()) checks.add(missions.checkProgram(actor, form.name(), budget == null ? 0L : budget,
                    form.currency(), cash));
            checks.refuseIfAny();
            var program = missions.createProgram(actor, form.name(), form.description(), budget, form.currency(), cash);
            Done.tell(redirect, "missions.program.created", program.name());
            return "redirect:/programs/" + program.slug();
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return forms(actor, model);
        }
    }

    @PostMapping("/missions")
    String create(Actor actor, @ModelAttribute("missionForm") MissionForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        var checks = new Checks();
        var zone = actor.zone();
        var place = place(checks, form, model);
        boolean challenge = "challenge".equals(form.kind());
        var input = new Missions.NewMission(form.program(), form.title(), form.description(), form.kind(),
                checks.read(() -> FormNumbers.parse("rewardPoints", form.rewardPoints())), form.approval(), list(form.skills()),
                list(form.languages()), form.city(), checks.read(() -> FormNumbers.optionalInt("perMemberLimit", form.perMemberLimit())),
                checks.read(() -> FormNumbers.time("startsAt", form.startsAt(), zone)),
                checks.read(() -> FormNumbers.time("endsAt", form.endsAt(), zone)),
                checks.read(() -> FormNumbers.optionalInt("perWeekLimit", form.perWeekLimit())), form.minRank(), form.badge(),
                form.championsOnly(), place == null ? null : place[0], place == null ? null : place[1],
                checks.read(() -> FormNumbers.money("rewardCash", form.rewardCash(), form.rewardCurrency())), form.rewardCurrency(),
                challenge && form.challengeMetric() != null && !form.challengeMetric().isBlank() ? form.challengeMetric() : null,
                challenge ? form.challengeTag() : null,
                challenge ? checks.read(() -> FormNumbers.optionalInt("challengeTarget", form.challengeTarget())) : null,
                form.programName(), checks.read(() -> FormNumbers.optional("programBudget", form.programBudget())),
                checks.read(() -> FormNumbers.money("programCashBudget", form.programCashBudget(), form.rewardCurrency())));
        try {
            // What could not be read is refused together with what the rules refuse in the rest.
            if (!checks.isEmpty()) checks.add(missions.check(actor, input));
            checks.refuseIfAny();
            var mission = missions.create(actor, input);
            Done.tell(redirect, "missions.created", mission.title());
            return "redirect:/missions/" + mission.slug();
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return forms(actor, model);
        }
    }

    /**
     * The mission's place: coordinates typed by hand, or those the place list filled in, or else the
     * place named: one match is taken, several are offered to pick from, none is refused.
     */
    private double[] place(Checks checks, MissionForm form, Model model) {
        boolean typed = form.latitude() != null && !form.latitude().isBlank() || form.longitude() != null && !form.longitude().isBlank();
        if (typed) {
            var latitude = checks.read(() -> FormNumbers.decimal("latitude", form.latitude()));
            var longitude = checks.read(() -> FormNumbers.decimal("longitude", form.longitude()));
            return latitude == null || longitude == null ? null : new double[]{latitude, longitude};
        }
        var named = form.placeChoice() != null && !form.placeChoice().isBlank() ? form.placeChoice() : form.place();
        if (named == null || named.isBlank()) return null;
        var found = gazetteer.resolve(named);
        if (found.size() == 1) return new double[]{found.getFirst().latitude(), found.getFirst().longitude()};
        checks.check(false, "place", found.isEmpty() ? "mission.place.unknown" : "mission.place.which", named.strip());
        model.addAttribute("placeChoices", found.stream().limit(PLACE_CHOICES).toList());
        return null;
    }

    @GetMapping("/missions/{slug}")
    String mission(@PathVariable String slug, Actor actor, Model model) {
        return page(slug, actor, model);
    }

    private String page(String slug, Actor actor, Model model) {
        if (actor.isVisitor()) {
            // A visitor sees a match mission, to ask for a peer; everything else needs sign-in.
            model.addAttribute("m", missions.forVisitor(slug));
            model.addAttribute("offer", null);
            model.addAttribute("slots", List.of());
            model.addAttribute("requests", List.of());
            model.addAttribute("submissions", List.of());
            return "missions/mission";
        }
        var offer = missions.offer(actor, slug);
        model.addAttribute("offer", offer);
        model.addAttribute("m", offer.mission());
        if (!model.containsAttribute("proofForm")) model.addAttribute("proofForm", new ProofForm("", "", null));
        if (!model.containsAttribute("slotForm")) model.addAttribute("slotForm", new SlotForm("", "", "", "10", ""));
        model.addAttribute("slots", offer.mission().kind().equals("shift") ? shifts.choices(actor, slug) : List.of());
        model.addAttribute("submissions", offer.mission().kind().equals("task")
                ? tasks.mine(actor).stream().filter(s -> s.missionId() == offer.mission().id()).toList() : List.of());
        // A rejected proof can be disputed from here too, as from My missions.
        model.addAttribute("myDisputes", disputes.mineByItem(actor));
        model.addAttribute("requests", actor.isStaff() && offer.mission().kind().equals("match")
                ? matching.ofMission(actor, slug) : List.of());
        return "missions/mission";
    }

    @PostMapping("/missions/{slug}/submissions")
    String submit(@PathVariable String slug, Actor actor, @ModelAttribute("proofForm") ProofForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        try {
            var submission = tasks.submit(actor, slug, form.body(), form.link(), bytes(form.image()), "image");
            Done.tell(redirect, "missions.done.submitted." + submission.status());
            return "redirect:/missions#mine";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return page(slug, actor, model);
        }
    }

    @PostMapping("/missions/{slug}/slots")
    String addSlot(@PathVariable String slug, Actor actor, @ModelAttribute("slotForm") SlotForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        FormErrors.requireBuilt(form, errors);
        var checks = new Checks();
        var zone = actor.zone();
        var startsAt = checks.read(() -> FormNumbers.time("startsAt", form.startsAt(), zone));
        var endsAt = checks.read(() -> FormNumbers.time("endsAt", form.endsAt(), zone));
        var capacity = checks.read(() -> FormNumbers.optionalInt("capacity", form.capacity()));
        var optInUntil = checks.read(() -> FormNumbers.time("optInUntil", form.optInUntil(), zone));
        try {
            if (!checks.isEmpty()) checks.add(shifts.checkSlot(actor, slug, startsAt, endsAt, form.place(), capacity, optInUntil));
            checks.refuseIfAny();
            var slot = shifts.addSlot(actor, slug, startsAt, endsAt, form.place(), capacity, optInUntil);
            Done.tell(redirect, "missions.slot.added", slot.place());
            return "redirect:/missions/" + slug + "#slots";
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            FormErrors.reject(errors, refused);
            return page(slug, actor, model);
        }
    }

    @GetMapping("/submissions/{id}/image")
    org.springframework.http.ResponseEntity<byte[]> image(@PathVariable long id, Actor actor) {
        var image = tasks.image(actor, id);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(image.contentType()))
                .header("X-Content-Type-Options", "nosniff").header("Content-Disposition", "inline")
                .cacheControl(org.springframework.http.CacheControl.noStore().cachePrivate()).body(image.bytes());
    }

    private static byte[] bytes(org.springframework.web.multipart.MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Comma-separated form values, trimmed, blanks dropped. */
    public static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
