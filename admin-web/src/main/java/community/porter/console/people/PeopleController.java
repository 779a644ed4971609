package community.porter.console.people;

import community.porter.access.person.MembershipRole;
import community.porter.access.person.Permission;
import community.porter.console.security.ConsoleActor;
import community.porter.console.web.ConsoleTimeZone;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
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
 * {@code /people}: the people in the user's scope, a person's phones, room memberships and staff
 * roles, and the changes to them. Every form posts, redirects back to the person's page and says
 * what it did there.
 */
@Controller
@RequestMapping("/people")
class PeopleController {

    static final String LIST = "people/people";
    static final String PERSON = "people/person";

    private final PeopleDirectory directory;
    private final PersonChanges changes;
    /** Dates of a membership are meant where the console runs: a day starts at local midnight. */
    private final ZoneId zone;

    PeopleController(PeopleDirectory directory, PersonChanges changes, ConsoleTimeZone zone) {
        this.zone = zone.zone();
        this.directory = directory;
        this.changes = changes;
    }

    @GetMapping
    String list(ConsoleActor actor, @RequestParam(name = "q", required = false) String query,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("people", directory.search(actor, query, page));
        return LIST;
    }

    @GetMapping("/{id}")
    String initPersonForms(ConsoleActor actor, @PathVariable long id, Model model) {
        return showPerson(actor, id, model);
    }

    @PostMapping("/{id}/name")
    String processRenameForm(ConsoleActor actor, @PathVariable long id,
            @Valid @ModelAttribute("renameForm") RenameForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showPerson(actor, id, model);
        }
        changes.rename(actor, id, form.getName());
        return done(id, "people.done.renamed", redirect);
    }

    @PostMapping("/{id}/memberships")
    String processMembershipForm(ConsoleActor actor, @PathVariable long id,
            @Valid @ModelAttribute("membershipForm") MembershipForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                changes.addMembership(actor, id, form.getCommunityId(), form.getRoomCode(), form.getRole(),
                        startOf(form.getValidFrom()), startOf(dayAfter(form.getValidTo())));
                return done(id, "people.done.membershipAdded", redirect);
            } catch (ChangeRefusedException refused) {
                result.rejectValue(refused.field(), refused.messageKey());
            }
        }
        return showPerson(actor, id, model);
    }

    @PostMapping("/{id}/memberships/{membershipId}/end")
    String endMembership(ConsoleActor actor, @PathVariable long id, @PathVariable long membershipId,
            RedirectAttributes redirect) {
        changes.endMembership(actor, id, membershipId);
        return done(id, "people.done.membershipEnded", redirect);
    }

    @PostMapping("/{id}/memberships/{membershipId}/role")
    String changeMembershipRole(ConsoleActor actor, @PathVariable long id, @PathVariable long membershipId,
            @RequestParam MembershipRole role, RedirectAttributes redirect) {
        changes.changeMembershipRole(actor, id, membershipId, role);
        return done(id, "people.done.membershipChanged", redirect);
    }

    @PostMapping("/{id}/staff-roles")
    String processStaffRoleForm(ConsoleActor actor, @PathVariable long id,
            @Valid @ModelAttribute("staffRoleForm") StaffRoleForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showPerson(actor, id, model);
        }
        changes.addStaffRole(actor, id, form.getNodeId(), form.getPermissions(), form.isOnDuty());
        return done(id, "people.done.staffRoleAdded", redirect);
    }

    @PostMapping("/{id}/staff-roles/{staffRoleId}")
    String changeStaffRole(ConsoleActor actor, @PathVariable long id, @PathVariable long staffRoleId,
            @RequestParam(name = "permissions", required = false) Set<Permission> permissions,
            @RequestParam(defaultValue = "false") boolean onDuty, RedirectAttributes redirect) {
        changes.changeStaffRole(actor, id, staffRoleId,
                permissions == null ? EnumSet.noneOf(Permission.class) : permissions, onDuty);
        return done(id, "people.done.staffRoleChanged", redirect);
    }

    @PostMapping("/{id}/staff-roles/{staffRoleId}/remove")
    String removeStaffRole(ConsoleActor actor, @PathVariable long id, @PathVariable long staffRoleId,
            RedirectAttributes redirect) {
        changes.removeStaffRole(actor, id, staffRoleId);
        return done(id, "people.done.staffRoleRemoved", redirect);
    }

    /** The person's page; forms that failed validation stay in the model as they were posted. */
    private String showPerson(ConsoleActor actor, long id, Model model) {
        PersonDetail person = directory.person(actor, id);
        model.addAttribute("person", person);
        if (!model.containsAttribute("renameForm")) {
            var rename = new RenameForm();
            rename.setName(person.name());
            model.addAttribute("renameForm", rename);
        }
        if (!model.containsAttribute("membershipForm")) {
            model.addAttribute("membershipForm", new MembershipForm());
        }
        if (!model.containsAttribute("staffRoleForm")) {
            model.addAttribute("staffRoleForm", new StaffRoleForm());
        }
        model.addAttribute("communities", directory.communities(actor));
        model.addAttribute("staffNodes", directory.staffNodes(actor));
        model.addAttribute("membershipRoles", MembershipRole.values());
        model.addAttribute("allPermissions", Permission.values());
        return PERSON;
    }

    private static String done(long id, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", messageKey);
        return "redirect:/people/" + id;
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The period's last day is included: the membership ends when the next day starts. */
    private static LocalDate dayAfter(LocalDate day) {
        return day == null ? null : day.plusDays(1);
    }
}
