package community.porter.console.users;

import community.porter.console.security.ConsoleActor;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /account/password}: any signed-in console user changes their own password. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    static final String VIEW = "users/password";

    private final AccountPasswords passwords;

    AccountController(AccountPasswords passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    String initPasswordForm(ConsoleActor actor, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        return VIEW;
    }

    @PostMapping
    String processPasswordForm(ConsoleActor actor, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                passwords.change(actor, form.getCurrentPassword(), form.getNewPassword());
                redirect.addFlashAttribute("notice", "users.done.ownPasswordChanged");
                return "redirect:/account/password";
            } catch (UserRefusedException refused) {
                result.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return VIEW;
    }
}
