package community.porter.console.security;

import community.porter.console.system.ConsoleProperties;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's own login page; Spring Security processes the form it posts. */
@Controller
class LoginController {

    private final long lockoutMinutes;

    LoginController(ConsoleProperties properties) {
        this.lockoutMinutes = Math.max(1, properties.console().lockout().toMinutes());
    }

    @GetMapping("/login")
    String initLoginForm(Authentication authentication, Model model) {
        // Someone already signed in who follows an old bookmark goes straight to work.
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("lockoutMinutes", lockoutMinutes);
        return "security/login";
    }
}
