package org.muster.missions.common;

import org.muster.missions.programs.Program;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Missions")
class MissionsApi {

    record NewProgram(String name, String description, Long budget, String currency, Long cashBudget) {
    }

    /**
     * An offer as the API gives it: reasons in the reader's language (Accept-Language), as they always
     * were, and beside them each reason's message key and arguments for clients that word them themselves.
     */
    record OfferView(Mission mission, boolean eligible, List<String> reasons, List<ReasonKey> reasonKeys, long budgetLeft,
                     long cashBudgetLeft, Integer challengeProgress, boolean challengeCompleted) {
    }

    record ReasonKey(String key, List<Object> args) {
    }

    private final Missions missions;
    private final MessageSource messages;

    MissionsApi(Missions missions, MessageSource messages) {
        this.missions = missions;
        this.messages = messages;
    }

    @PostMapping("/api/v1/programs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: a program with budgets taken from the brand {name, description, budget (points), currency, cashBudget (minor units)}")
    Program program(@RequestBody NewProgram input, Actor actor) {
        return missions.createProgram(actor, input.name(), input.description(), input.budget(), input.currency(), input.cashBudget());
    }

    @PostMapping("/api/v1/missions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: a mission {program, title, description, kind: task|shift|match|challenge, rewardPoints, rewardCash, rewardCurrency, approval: auto|staff, skills, languages, city, latitude, longitude, minRank, badge, championsOnly, perMemberLimit, perWeekLimit, startsAt, endsAt, challengeMetric: accepted|validated|helped|upvote, challengeTag, challengeTarget}; a reward beyond the budget is 400")
    Mission create(@RequestBody Missions.NewMission input, Actor actor) {
        return missions.create(actor, input);
    }

    @GetMapping("/api/v1/missions")
    @Operation(summary = "Every mission, with whether you may join it and, if not, the reasons (in your Accept-Language) and their message keys with arguments (reasonKeys)")
    List<OfferView> offers(Actor actor) {
        return missions.offers(actor).stream().map(this::view).toList();
    }

    @GetMapping("/api/v1/missions/{slug}")
    @Operation(summary = "One mission, with whether you may join it, the reasons if not (in your Accept-Language, and as reasonKeys: message key and arguments), and your progress on a challenge")
    OfferView offer(@PathVariable String slug, Actor actor) {
        return view(missions.offer(actor, slug));
    }

    private OfferView view(Missions.Offer offer) {
        var locale = LocaleContextHolder.getLocale();
        return new OfferView(offer.mission(), offer.eligible(),
                offer.reasons().stream().map(r -> messages.getMessage(r, locale)).toList(),
                offer.reasons().stream().map(r -> new ReasonKey(r.key(), r.args())).toList(), offer.budgetLeft(),
                offer.cashBudgetLeft(), offer.challengeProgress(), offer.challengeCompleted());
    }
}
