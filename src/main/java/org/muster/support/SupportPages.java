package org.muster.support;

import org.muster.platform.Actor;
import org.muster.platform.FormNumbers;
import org.muster.spaces.SpaceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Escalating from the thread, the staff's ticket list and ticket page, the asker's view, and the admin page. */
@Controller
class SupportPages {

    private final TicketService tickets;
    private final Escalations escalations;
    private final Webhooks webhooks;
    private final SpaceService spaces;

    SupportPages(TicketService tickets, Escalations escalations, Webhooks webhooks, SpaceService spaces) {
        this.tickets = tickets;
        this.escalations = escalations;
        this.webhooks = webhooks;
        this.spaces = spaces;
    }

    @PostMapping("/questions/{id}/escalate")
    String escalate(@PathVariable long id, Actor actor) {
        tickets.escalate(actor, id);
        return "redirect:/questions/" + id;
    }

    @GetMapping("/support/questions/{id}/ticket")
    String ticketOf(@PathVariable long id, Actor actor) {
        return "redirect:/support/tickets/" + tickets.ofQuestion(actor, id).id();
    }

    @GetMapping("/support/tickets")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String priority,
                @RequestParam(required = false) String assignee, @RequestParam(required = false) String cause,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Actor actor,
                Model model) {
        var filter = filter(status, priority, "me".equals(assignee) ? String.valueOf(actor.requireMember()) : assignee, cause, q);
        var list = tickets.list(actor, filter, page);
        model.addAttribute("tickets", list);
        model.addAttribute("figures", tickets.figures(actor));
        model.addAttribute("filter", filter);
        model.addAttribute("assignee", assignee);
        model.addAttribute("page", page);
        model.addAttribute("more", list.size() == TicketService.PAGE_SIZE);
        model.addAttribute("statuses", TicketService.STATUSES);
        model.addAttribute("priorities", TicketService.PRIORITIES);
        return "support/tickets";
    }

    @GetMapping("/support/tickets/mine")
    String mine(Actor actor, Model model) {
        model.addAttribute("tickets", tickets.mine(actor));
        return "support/mine";
    }

    @GetMapping("/support/tickets/{id}")
    String ticket(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("view", tickets.view(actor, id));
        model.addAttribute("statuses", TicketService.STATUSES);
        model.addAttribute("priorities", TicketService.PRIORITIES);
        return "support/ticket";
    }

    @PostMapping("/support/tickets/{id}")
    String change(@PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String priority, @RequestParam(required = false) String assignee,
                  Actor actor) {
        var unassign = "none".equals(assignee);
        var assigneeId = assignee == null || assignee.isBlank() || unassign ? null
                : "me".equals(assignee) ? Long.valueOf(actor.requireMember()) : FormNumbers.parse("assignee", assignee);
        tickets.change(actor, id, new TicketService.TicketChange(status, priority, assigneeId, unassign));
        return "redirect:/support/tickets/" + id;
    }

    @PostMapping("/support/tickets/{id}/notes")
    String note(@PathVariable long id, @RequestParam String body, Actor actor) {
        tickets.note(actor, id, body);
        return "redirect:/support/tickets/" + id + "#notes";
    }

    @GetMapping("/admin/support")
    String admin(Actor actor, Model model) {
        model.addAttribute("endpoints", webhooks.endpoints(actor));
        model.addAttribute("dead", webhooks.deliveries(actor, "dead"));
        model.addAttribute("rules", escalations.rules(actor));
        model.addAttribute("spaces", spaces.listVisible(actor));
        return "support/admin";
    }

    @PostMapping("/admin/support/endpoints")
    String addEndpoint(@RequestParam String name, @RequestParam String url, @RequestParam(required = false) String replyAs,
                       Actor actor, Model model) {
        var endpoint = webhooks.create(actor, new Webhooks.NewEndpoint(name, url,
                replyAs == null || replyAs.isBlank() ? actor.memberId() : FormNumbers.parse("replyAs", replyAs)));
        model.addAttribute("created", endpoint);
        return admin(actor, model);
    }

    @PostMapping("/admin/support/endpoints/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean on, Actor actor) {
        webhooks.setActive(actor, id, on);
        return "redirect:/admin/support";
    }

    @PostMapping("/admin/support/deliveries/{id}/replay")
    String replay(@PathVariable long id, Actor actor) {
        webhooks.replay(actor, id);
        return "redirect:/admin/support";
    }

    @PostMapping("/admin/support/rules/space")
    String spaceRule(@RequestParam String space, @RequestParam boolean on, Actor actor) {
        escalations.escalateSpace(actor, space, on);
        return "redirect:/admin/support";
    }

    @PostMapping("/admin/support/rules/tag")
    String tagRule(@RequestParam String tag, @RequestParam boolean on, Actor actor) {
        escalations.escalateTag(actor, tag, on);
        return "redirect:/admin/support";
    }

    static TicketRepository.Filter filter(String status, String priority, String assignee, String cause, String text) {
        Long assigneeId = assignee == null || assignee.isBlank() || assignee.equals("none") ? null : FormNumbers.parse("assignee", assignee);
        return new TicketRepository.Filter(blank(status), blank(priority), assigneeId, "none".equals(assignee), blank(cause),
                blank(text));
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }
}
