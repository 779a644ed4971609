package community.porter.console.visitors;

import community.porter.access.visitor.DeskOutcome;
import community.porter.access.visitor.VisitorBlacklist;
import community.porter.console.security.ConsoleActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /visitors}: pending requests (the list refreshes itself from {@code /visitors/pending}),
 * live passes and the blacklist. Every action posts and redirects back with a notice.
 */
@Controller
@RequestMapping("/visitors")
class VisitorsController {

    static final String VIEW = "visitors/visitors";
    private static final String BACK = "redirect:/visitors";

    private final VisitorConsole visitors;

    VisitorsController(VisitorConsole visitors) {
        this.visitors = visitors;
    }

    @GetMapping
    String initBlacklistForm(ConsoleActor actor, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("blacklistForm")) {
            model.addAttribute("blacklistForm", new BlacklistForm());
        }
        return page(actor, page, model);
    }

    /** The pending requests alone, for the page's polling: not audited again. */
    @GetMapping("/pending")
    String pending(ConsoleActor actor, Model model) {
        model.addAttribute("pending", visitors.pending(actor));
        return VIEW + " :: pending";
    }

    @PostMapping("/requests/{id}/approve")
    String approve(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        return answered(visitors.approve(actor, id), "visitors.notice.approved", redirect);
    }

    @PostMapping("/requests/{id}/deny")
    String deny(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        return answered(visitors.deny(actor, id), "visitors.notice.denied", redirect);
    }

    @PostMapping("/passes/{id}/revoke")
    String revoke(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        if (visitors.revokePass(actor, id)) {
            redirect.addFlashAttribute("notice", "visitors.notice.revoked");
        } else {
            redirect.addFlashAttribute("refused", "visitors.refused.notLive");
        }
        return BACK;
    }

    @PostMapping("/blacklist")
    String processBlacklistForm(ConsoleActor actor, @ModelAttribute("blacklistForm") BlacklistForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        VisitorBlacklist.Blacklisting done = visitors.blacklist(actor, form, result);
        if (done == null) {
            return page(actor, 0, model);
        }
        redirect.addFlashAttribute("notice", "visitors.notice.blacklisted");
        redirect.addFlashAttribute("revoked", done.passesRevoked());
        return BACK;
    }

    @PostMapping("/blacklist/{id}/remove")
    String unblacklist(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        visitors.unblacklist(actor, id);
        redirect.addFlashAttribute("notice", "visitors.notice.unblacklisted");
        return BACK;
    }

    private static String answered(DeskOutcome outcome, String notice, RedirectAttributes redirect) {
        switch (outcome) {
            case DONE -> redirect.addFlashAttribute("notice", notice);
            case EXPIRED -> redirect.addFlashAttribute("refused", "visitors.refused.expired");
            default -> redirect.addFlashAttribute("refused", "visitors.refused.answered");
        }
        return BACK;
    }

    private String page(ConsoleActor actor, int passPage, Model model) {
        VisitorConsole.Overview overview = visitors.overview(actor, passPage);
        model.addAttribute("pending", overview.pending());
        model.addAttribute("passes", overview.passes());
        model.addAttribute("blacklist", overview.blacklist());
        model.addAttribute("communities", overview.communities());
        return VIEW;
    }
}
