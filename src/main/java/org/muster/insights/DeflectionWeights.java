package org.muster.insights;

import org.muster.platform.Actor;
import org.muster.platform.Invalid;
import org.muster.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;

/** The weights of the deflection estimate, in percent: what share of each kind of success saved a ticket. */
@Service
public class DeflectionWeights {

    static final String SELF_SERVICE = "deflection.self-service";
    static final String COMMUNITY = "deflection.community";
    static final int DEFAULT_SELF_SERVICE = 30;
    static final int DEFAULT_COMMUNITY = 60;

    /** Both weights, 0 to 100 each; a field left out is null (and refused when set). */
    public record Weights(Integer selfService, Integer community) {
    }

    private final InsightSettings settings;
    private final ApplicationEventPublisher events;

    DeflectionWeights(InsightSettings settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    /** The weights in force; staff read them beside the estimate. */
    @Transactional(readOnly = true)
    public Weights weights(Actor actor) {
        actor.require(Role.STAFF);
        return current();
    }

    /** Admins only; each weight a whole number from 0 to 100, refused beside its field. */
    @Transactional
    public Weights set(Actor actor, Weights weights) {
        actor.require(Role.ADMIN);
        var problems = new ArrayList<Invalid>();
        check("selfService", weights.selfService(), problems);
        check("community", weights.community(), problems);
        if (!problems.isEmpty()) throw Invalid.all(problems);
        long admin = actor.requireMember();
        settings.set(SELF_SERVICE, weights.selfService(), admin);
        settings.set(COMMUNITY, weights.community(), admin);
        events.publishEvent(new DeflectionWeightsChanged(weights.selfService(), weights.community(), admin));
        return current();
    }

    Weights current() {
        return new Weights((int) settings.value(SELF_SERVICE, DEFAULT_SELF_SERVICE), (int) settings.value(COMMUNITY, DEFAULT_COMMUNITY));
    }

    private static void check(String field, Integer weight, ArrayList<Invalid> problems) {
        if (weight == null) problems.add(new Invalid(field, "insights.deflection.weight.required"));
        else if (weight < 0 || weight > 100) problems.add(new Invalid(field, "insights.deflection.weight.range"));
    }
}
