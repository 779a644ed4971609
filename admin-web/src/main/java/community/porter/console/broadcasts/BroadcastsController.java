package community.porter.console.broadcasts;

import community.porter.access.notice.BroadcastProgress;
import community.porter.access.notice.Broadcasts;
import community.porter.access.notice.RecipientStatus;
import community.porter.console.security.ConsoleActor;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /broadcasts}: the broadcasts in scope, and one broadcast's live progress. The progress
 * block polls its own fragment every two seconds until the broadcast is finished; the fragment of
 * a finished one comes without the trigger, so the polling stops by itself.
 */
@Controller
class BroadcastsController {

    private final BroadcastDesk desk;

    BroadcastsController(BroadcastDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/broadcasts")
    String list(@RequestParam(defaultValue = "0") int page, ConsoleActor actor, Model model) {
        model.addAttribute("broadcasts", desk.list(actor, page));
        return "broadcasts/list";
    }

    @GetMapping("/broadcasts/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, ConsoleActor actor, Model model) {
        RecipientStatus wanted = status(status);
        BroadcastDesk.Detail detail = desk.detail(actor, id, wanted, page);
        model.addAttribute("detail", detail);
        model.addAttribute("p", detail.progress());
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", RecipientStatus.values());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pages", Math.max(1, (detail.matching() + BroadcastDesk.PAGE_SIZE - 1)
                / BroadcastDesk.PAGE_SIZE));
        return "broadcasts/detail";
    }

    @GetMapping("/broadcasts/{id}/progress")
    String progress(@PathVariable long id, ConsoleActor actor, Model model) {
        BroadcastProgress progress = desk.progress(actor, id);
        model.addAttribute("p", progress);
        model.addAttribute("statuses", RecipientStatus.values());
        return "broadcasts/detail :: progress";
    }

    @PostMapping("/broadcasts/{id}/cancel")
    String cancel(@PathVariable long id, ConsoleActor actor, RedirectAttributes redirect) {
        Broadcasts.Cancel outcome = desk.cancel(actor, id);
        redirect.addFlashAttribute("cancelOutcome", outcome.name());
        return "redirect:/broadcasts/" + id;
    }

    /** An unknown status filter shows every recipient rather than an error page. */
    private static RecipientStatus status(String typed) {
        return Arrays.stream(RecipientStatus.values()).filter(s -> s.name().equals(typed)).findFirst().orElse(null);
    }
}
