package org.muster.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Places")
class PlacesApi {

    private static final int SHOWN = 8;

    private final Gazetteer gazetteer;

    PlacesApi(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @GetMapping("/api/v1/places")
    @Operation(summary = "Members: towns and cities (GeoNames, offline) whose name starts with the text (2 characters or "
            + "more, any case and accents), at most 8, each with its region, country, coordinates and a label to show")
    List<Gazetteer.Place> search(Actor actor, @RequestParam(defaultValue = "") String name) {
        actor.requireMember();
        return gazetteer.search(name, SHOWN);
    }
}
