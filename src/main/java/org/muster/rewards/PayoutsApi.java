package org.muster.rewards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.muster.platform.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;

@RestController
@Tag(name = "Rewards")
class PayoutsApi {

    record NewBatch(String currency) {
    }

    private final Payouts payouts;

    PayoutsApi(Payouts payouts) {
        this.payouts = payouts;
    }

    @PostMapping("/api/v1/payouts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Staff: export every member's available cash in a currency as a payout batch {currency}")
    PayoutBatch export(@RequestBody NewBatch input, Actor actor) {
        return payouts.export(actor, input.currency());
    }

    @GetMapping("/api/v1/payouts")
    @Operation(summary = "Staff: payout batches with totals and status")
    List<PayoutBatch> batches(Actor actor) {
        return payouts.batches(actor);
    }

    @GetMapping(value = "/api/v1/payouts/{id}.csv", produces = "text/csv")
    @Operation(summary = "Staff: a payout batch as CSV for finance, one row per member and a total row")
    void csv(@PathVariable long id, Actor actor, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"payout-" + id + ".csv\"");
        var out = new java.io.StringWriter();
        payouts.csv(actor, id, out);
        response.getWriter().write(out.toString());
    }

    @PostMapping("/api/v1/payouts/{id}/paid")
    @Operation(summary = "Staff: confirm that finance paid the batch")
    PayoutBatch paid(@PathVariable long id, Actor actor) {
        return payouts.confirmPaid(actor, id);
    }

    @PostMapping("/api/v1/payouts/{id}/cancel")
    @Operation(summary = "Staff: cancel an exported batch; each member's cash goes back to their balance")
    PayoutBatch cancel(@PathVariable long id, Actor actor) {
        return payouts.cancel(actor, id);
    }

    @GetMapping("/api/v1/me/payouts")
    @Operation(summary = "Your cash payouts and their status")
    List<Payout> mine(Actor actor) {
        return payouts.mine(actor);
    }
}
