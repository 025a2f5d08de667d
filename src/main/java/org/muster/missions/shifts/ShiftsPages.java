package org.muster.missions.shifts;

import org.muster.platform.Actor;
import org.muster.platform.Done;
import org.muster.platform.FormNumbers;
import org.muster.platform.MusterException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-ups, attendance with the place's code, hours, a slot's roster and lottery, and the calendar address. */
@Controller
class ShiftsPages {

    private final Shifts shifts;
    private final Attendance attendance;
    private final Lottery lottery;
    private final CalendarFeed calendar;
    private final MessageSource messages;

    ShiftsPages(Shifts shifts, Attendance attendance, Lottery lottery, CalendarFeed calendar, MessageSource messages) {
        this.shifts = shifts;
        this.attendance = attendance;
        this.lottery = lottery;
        this.calendar = calendar;
        this.messages = messages;
    }

    @PostMapping("/slots/{id}/signups")
    String signUp(@PathVariable long id, @RequestParam(defaultValue = "1") String partySize, Actor actor, RedirectAttributes redirect) {
        var signup = shifts.signUp(actor, id, FormNumbers.optionalInt("partySize", partySize));
        Done.tell(redirect, "missions.done.signed-up." + signup.status());
        return "redirect:/missions#signup-" + signup.id();
    }

    @PostMapping("/signups/{id}/withdraw")
    String withdraw(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        var signup = shifts.withdraw(actor, id);
        Done.tell(redirect, signup.late() ? "missions.done.withdrawn-late" : "missions.done.withdrawn");
        return "redirect:/missions#schedule";
    }

    /** A wrong code is shown beside the code field of that sign-up on My schedule. */
    @PostMapping("/signups/{id}/check-in")
    String checkIn(@PathVariable long id, @RequestParam(required = false) String code, @RequestParam(required = false) String back,
                   Actor actor, RedirectAttributes redirect) {
        return attend(id, actor, redirect, back, () -> attendance.checkIn(actor, id, code), "missions.done.checked-in");
    }

    @PostMapping("/signups/{id}/check-out")
    String checkOut(@PathVariable long id, @RequestParam(required = false) String code, @RequestParam(required = false) String back,
                    Actor actor, RedirectAttributes redirect) {
        return attend(id, actor, redirect, back, () -> attendance.checkOut(actor, id, code), "missions.done.checked-out");
    }

    private String attend(long id, Actor actor, RedirectAttributes redirect, String back, Runnable action, String done) {
        var to = back != null && back.matches("/slots/\\d+") ? back : "/missions";
        try {
            action.run();
            Done.tell(redirect, done);
        } catch (MusterException refused) {
            if (refused.field() == null) throw refused;
            redirect.addFlashAttribute("codeError", id);
            redirect.addFlashAttribute("codeMessage", messages.getMessage(refused.key(), refused.args(), refused.key(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:" + to + (to.equals("/missions") ? "#signup-" + id : "");
    }

    @PostMapping("/signups/{id}/hours")
    String hours(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String note,
                 @RequestParam long slot, Actor actor) {
        attendance.decideHours(actor, id, decision, note);
        return "redirect:/slots/" + slot;
    }

    @GetMapping("/slots/{id}")
    String roster(@PathVariable long id, Actor actor, Model model) {
        var roster = shifts.roster(actor, id);
        model.addAttribute("roster", roster);
        model.addAttribute("draw", roster.slot().drawnAt() != null ? lottery.draw(actor, id) : null);
        return "missions/roster";
    }

    @GetMapping("/slots/{id}/lottery")
    String draw(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("draw", lottery.draw(actor, id));
        return "missions/lottery";
    }

    @PostMapping("/slots/{id}/code")
    String newCode(@PathVariable long id, Actor actor) {
        shifts.newCheckInCode(actor, id);
        return "redirect:/slots/" + id;
    }

    @PostMapping("/me/calendar")
    String calendarAddress(Actor actor, RedirectAttributes redirect) {
        redirect.addFlashAttribute("calendarUrl", calendar.newAddress(actor));
        return "redirect:/missions#calendar";
    }
}
