package org.muster.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.muster.platform.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Insights")
class DeflectionApi {

    private final DeflectionWeights weights;

    DeflectionApi(DeflectionWeights weights) {
        this.weights = weights;
    }

    @GetMapping("/api/v1/insights/deflection-weights")
    @Operation(summary = "Staff: the weights (percent) of the tickets-deflected estimate: selfService for searches that "
            + "served themselves, community for questions resolved beyond those escalated")
    DeflectionWeights.Weights weights(Actor actor) {
        return weights.weights(actor);
    }

    @PutMapping("/api/v1/insights/deflection-weights")
    @Operation(summary = "Admins: set both weights of the tickets-deflected estimate, whole numbers from 0 to 100")
    DeflectionWeights.Weights setWeights(@RequestBody DeflectionWeights.Weights input, Actor actor) {
        return weights.set(actor, input);
    }
}
