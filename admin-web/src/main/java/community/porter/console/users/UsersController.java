package community.porter.console.users;

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
 * {@code /users}: the console users an administrator manages, a new one, and the changes to one.
 * The service decides who may do what; this only maps forms and answers.
 */
@Controller
@RequestMapping("/users")
class UsersController {

    static final String LIST = "users/users";
    static final String NEW = "users/new";
    static final String USER = "users/user";

    private final UserAdministration administration;

    UsersController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(ConsoleActor actor, Model model) {
        model.addAttribute("users", administration.list(actor));
        return LIST;
    }

    @GetMapping("/new")
    String initCreateUserForm(ConsoleActor actor, Model model) {
        model.addAttribute("newUserForm", new NewUserForm());
        return showNew(actor, model);
    }

    @PostMapping
    String processCreateUserForm(ConsoleActor actor, @Valid @ModelAttribute("newUserForm") NewUserForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = administration.create(actor, form);
                redirect.addFlashAttribute("notice", "users.done.created");
                return "redirect:/users/" + id;
            } catch (UserRefusedException refused) {
                result.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return showNew(actor, model);
    }

    @GetMapping("/{id}")
    String initUserForms(ConsoleActor actor, @PathVariable long id, Model model) {
        return showUser(actor, id, model);
    }

    @PostMapping("/{id}/assignment")
    String processAssignmentForm(ConsoleActor actor, @PathVariable long id,
            @Valid @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.assign(actor, id, form.getRole(), form.getNode());
                return done(id, "users.done.changed", redirect);
            } catch (UserRefusedException refused) {
                if (refused.field() == null) {
                    return refused(id, refused, redirect);
                }
                result.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return showUser(actor, id, model);
    }

    @PostMapping("/{id}/password")
    String processPasswordResetForm(ConsoleActor actor, @PathVariable long id,
            @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.resetPassword(actor, id, form.getNewPassword());
                return done(id, "users.done.passwordReset", redirect);
            } catch (UserRefusedException refused) {
                if (refused.field() == null) {
                    return refused(id, refused, redirect);
                }
                result.rejectValue("newPassword", refused.messageKey());
            }
        }
        return showUser(actor, id, model);
    }

    @PostMapping("/{id}/disable")
    String disable(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "users.done.disabled", () -> administration.disable(actor, id));
    }

    @PostMapping("/{id}/enable")
    String enable(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "users.done.enabled", () -> administration.enable(actor, id));
    }

    @PostMapping("/{id}/unlock")
    String unlock(ConsoleActor actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "users.done.unlocked", () -> administration.unlock(actor, id));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            return done(id, doneKey, redirect);
        } catch (UserRefusedException refused) {
            return refused(id, refused, redirect);
        }
    }

    private String showNew(ConsoleActor actor, Model model) {
        model.addAttribute("roles", administration.grantableRoles(actor));
        model.addAttribute("nodes", administration.nodes(actor));
        return NEW;
    }

    /** The user's page; forms that failed validation stay in the model as they were posted. */
    private String showUser(ConsoleActor actor, long id, Model model) {
        UserLine user = administration.user(actor, id);
        model.addAttribute("user", user);
        if (!model.containsAttribute("assignmentForm")) {
            var assignment = new AssignmentForm();
            assignment.setRole(user.role());
            assignment.setNode(user.nodeId());
            model.addAttribute("assignmentForm", assignment);
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        model.addAttribute("roles", administration.grantableRoles(actor));
        model.addAttribute("nodes", administration.nodes(actor));
        return USER;
    }

    private static String done(long id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", key);
        return "redirect:/users/" + id;
    }

    private static String refused(long id, UserRefusedException refused, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refused", refused.messageKey());
        return "redirect:/users/" + id;
    }
}
