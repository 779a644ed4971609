package community.porter.console.broadcasts;

import community.porter.access.notice.BroadcastsProperties;
import community.porter.console.security.ConsoleActor;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /broadcasts/new}: the compose form. The SMS counter beside the text is a fragment htmx
 * asks for as one types; choosing another community swaps the target options for its own.
 */
@Controller
class BroadcastComposeController {

    static final String VIEW = "broadcasts/compose";

    private final BroadcastComposer composer;
    private final SmsCounter counter;
    private final BroadcastsProperties properties;

    BroadcastComposeController(BroadcastComposer composer, SmsCounter counter, BroadcastsProperties properties) {
        this.composer = composer;
        this.counter = counter;
        this.properties = properties;
    }

    @GetMapping("/broadcasts/new")
    String initBroadcastForm(@RequestParam(required = false) Long community, ConsoleActor actor, Model model) {
        BroadcastForm form = new BroadcastForm();
        TargetOptions options = composer.options(actor, community);
        form.setCommunity(options.community() == null ? null : options.community().getId());
        return show(form, options, model);
    }

    @PostMapping("/broadcasts")
    String processBroadcastForm(@ModelAttribute("broadcastForm") BroadcastForm form, BindingResult result,
            ConsoleActor actor, Model model, RedirectAttributes redirect) {
        Optional<BroadcastComposer.Composed> composed = result.hasErrors() ? Optional.empty()
                : composer.create(actor, form, result);
        if (composed.isEmpty()) {
            return show(form, composer.options(actor, form.getCommunity()), model);
        }
        redirect.addFlashAttribute("created", true);
        redirect.addFlashAttribute("rejected", composed.get().rejected());
        return "redirect:/broadcasts/" + composed.get().id();
    }

    /** The counter fragment for the text typed so far. */
    @PostMapping("/broadcasts/counter")
    String counter(@RequestParam(defaultValue = "") String text, Model model) {
        model.addAttribute("count", counter.count(text));
        return VIEW + " :: counter";
    }

    private String show(BroadcastForm form, TargetOptions options, Model model) {
        model.addAttribute("broadcastForm", form);
        model.addAttribute("options", options);
        model.addAttribute("count", counter.count(form.getText()));
        model.addAttribute("quietHours", properties.quietHours());
        return VIEW;
    }
}
