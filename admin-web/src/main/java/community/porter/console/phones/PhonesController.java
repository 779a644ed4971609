package community.porter.console.phones;

import community.porter.access.org.OrgNode;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.PhoneStatus;
import community.porter.console.security.ConsoleActor;
import java.util.List;
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
 * {@code /phones}: the registered phones of the signed-in user's part of the tree, the add form,
 * and one phone's page with its actions. A new binding code is shown once, on the page the
 * action redirects to (a flash attribute: only its hash is stored).
 */
@Controller
@RequestMapping("/phones")
class PhonesController {

    private static final String FORM = "phones/form";

    private final PhoneRegistry registry;

    PhonesController(PhoneRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    String listPhones(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "status", required = false) PhoneStatus status,
            @RequestParam(name = "page", defaultValue = "0") int page, ConsoleActor actor, Model model) {
        model.addAttribute("phones", registry.list(actor, q, status, page));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PhoneStatus.values());
        return "phones/list";
    }

    @GetMapping("/new")
    String initAddForm(ConsoleActor actor, Model model) {
        PhoneForm form = new PhoneForm();
        List<OrgNode> communities = registry.communities(actor);
        if (communities.size() == 1) {
            form.setCommunity(communities.get(0).getId());
        }
        return showForm(form, communities, model);
    }

    @PostMapping
    String processAddForm(@ModelAttribute("phoneForm") PhoneForm form, BindingResult binding, ConsoleActor actor,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            // Only a crafted community id fails to bind (every other field is text).
            return showForm(form, registry.communities(actor), model);
        }
        var added = registry.add(actor, form);
        if (!added.ok()) {
            added.errors().forEach((field, key) -> binding.rejectValue(field, key));
            return showForm(form, registry.communities(actor), model);
        }
        redirect.addFlashAttribute("bindingCode", added.bindingCode());
        redirect.addFlashAttribute("added", true);
        return "redirect:/phones/" + added.phoneId();
    }

    @GetMapping("/{id}")
    String showPhone(@PathVariable long id, ConsoleActor actor, Model model) {
        model.addAttribute("phone", registry.view(actor, id));
        return "phones/detail";
    }

    /** The self-refreshing status part of the detail page. */
    @GetMapping("/{id}/status")
    String showStatus(@PathVariable long id, ConsoleActor actor, Model model) {
        model.addAttribute("phone", registry.status(actor, id));
        return "phones/detail :: status";
    }

    @PostMapping("/{id}/suspend")
    String suspend(@PathVariable long id, ConsoleActor actor, RedirectAttributes redirect) {
        return outcome(id, registry.suspend(actor, id), "phones.suspended", redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, ConsoleActor actor, RedirectAttributes redirect) {
        return outcome(id, registry.reactivate(actor, id), "phones.reactivated", redirect);
    }

    @PostMapping("/{id}/binding")
    String restartBinding(@PathVariable long id, ConsoleActor actor, RedirectAttributes redirect) {
        String code = registry.restartBinding(actor, id);
        if (code != null) {
            redirect.addFlashAttribute("bindingCode", code);
        }
        return outcome(id, code != null, "phones.bindingRestarted", redirect);
    }

    private static String outcome(long id, boolean done, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute(done ? "notice" : "problem", done ? key : "phones.notAllowedNow");
        return "redirect:/phones/" + id;
    }

    private static String showForm(PhoneForm form, List<OrgNode> communities, Model model) {
        model.addAttribute("phoneForm", form);
        model.addAttribute("communities", communities);
        model.addAttribute("roles", MembershipRole.values());
        return FORM;
    }
}
