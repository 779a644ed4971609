package community.porter.console.cards;

import community.porter.access.card.CardStatus;
import community.porter.console.security.ConsoleActor;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /cards}: the cards in the user's scope with search and a status filter, issuing a card,
 * and {@code /cards/{id}} with the actions on one card. Every action posts and redirects back
 * with a notice; one the card's status does not allow says why and changes nothing.
 */
@Controller
@RequestMapping("/cards")
class CardsController {

    static final String LIST = "cards/cards";
    static final String DETAIL = "cards/card";

    private final CardConsole cards;

    CardsController(CardConsole cards) {
        this.cards = cards;
    }

    @GetMapping
    String initIssueCardForm(ConsoleActor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) CardStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!model.containsAttribute("issueCardForm")) {
            model.addAttribute("issueCardForm", new IssueCardForm());
        }
        return list(actor, q, status, page, model);
    }

    @PostMapping
    String processIssueCardForm(ConsoleActor actor, @ModelAttribute("issueCardForm") IssueCardForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Optional<Long> issued = cards.issue(actor, form, result);
        if (issued.isEmpty()) {
            return list(actor, null, null, 0, model);
        }
        redirect.addFlashAttribute("notice", "cards.notice.issued");
        return "redirect:/cards/" + issued.get();
    }

    @GetMapping("/{id}")
    String initReplaceCardForm(ConsoleActor actor, @PathVariable long id, Model model) {
        model.addAttribute("card", cards.card(actor, id));
        model.addAttribute("replaceCardForm", new ReplaceCardForm());
        return DETAIL;
    }

    @PostMapping("/{id}/replace")
    String processReplaceCardForm(ConsoleActor actor, @PathVariable long id,
            @ModelAttribute("replaceCardForm") ReplaceCardForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Optional<CardView> successor = cards.replace(actor, id, form, result);
        if (successor.isEmpty()) {
            model.addAttribute("card", cards.card(actor, id));
            return DETAIL;
        }
        redirect.addFlashAttribute("notice", "cards.notice.replaced");
        return "redirect:/cards/" + successor.get().id();
    }

    @PostMapping("/{id}/lose")
    String lose(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        cards.reportLost(actor, id);
        return done(id, "cards.notice.lost", redirect);
    }

    @PostMapping("/{id}/unblock")
    String unblock(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        cards.unblock(actor, id);
        return done(id, "cards.notice.unblocked", redirect);
    }

    @PostMapping("/{id}/cancel")
    String cancel(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        cards.cancel(actor, id);
        return done(id, "cards.notice.cancelled", redirect);
    }

    /** The card's status did not allow the action: back to the card, which says why. */
    @ExceptionHandler(CardActionRefused.class)
    String refused(CardActionRefused refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refused", refused.key());
        return "redirect:/cards/" + refused.cardId();
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/cards/" + id;
    }

    private String list(ConsoleActor actor, String q, CardStatus status, int page, Model model) {
        Page<CardView> found = cards.list(actor, q, status, page);
        model.addAttribute("cards", found);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CardStatus.values());
        return LIST;
    }
}
