package org.muster.platform;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cheapest answer this server gives, through the same filters as every page: a liveness
 * check for load balancers that needs no database, and the ceiling the benchmarks compare with.
 */
@RestController
class Ping {

    @GetMapping(value = "/ping", produces = "text/plain")
    String ping() {
        return "ok";
    }
}
