package community.porter.console.apikeys;

import community.porter.console.security.ConsoleActor;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /system/api-keys}: the API keys of other applications. A new key is shown once, on the
 * page the creation redirects to (a flash attribute, so reloading that page does not show it
 * again and does not create a second key); afterwards only its name and dates are listed.
 */
@Controller
@RequestMapping("/system/api-keys")
class ApiKeysController {

    static final String VIEW = "apikeys/api-keys";

    private final ApiKeyAdministration keys;

    ApiKeysController(ApiKeyAdministration keys) {
        this.keys = keys;
    }

    @GetMapping
    String initApiKeyForm(ConsoleActor user, Model model) {
        if (!model.containsAttribute("apiKeyForm")) {
            model.addAttribute("apiKeyForm", new ApiKeyForm());
        }
        model.addAttribute("keys", keys.list(user));
        return VIEW;
    }

    @PostMapping
    String processApiKeyForm(@Valid @ModelAttribute("apiKeyForm") ApiKeyForm form, BindingResult result,
            ConsoleActor user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("keys", keys.list(user));
            return VIEW;
        }
        var issued = keys.create(form.getName(), user);
        redirect.addFlashAttribute("issuedName", issued.apiKey().getName());
        redirect.addFlashAttribute("issuedKey", issued.key());
        return "redirect:/system/api-keys";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, ConsoleActor user, RedirectAttributes redirect) {
        var revoked = keys.revoke(id, user);
        redirect.addFlashAttribute(revoked.isPresent() ? "revokedName" : "notFound",
                revoked.map(k -> k.getName()).orElse(String.valueOf(id)));
        return "redirect:/system/api-keys";
    }
}
