package community.porter.console.system;

import community.porter.console.security.ConsoleActor;
import community.porter.console.web.ConsoleTimeZone;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code /system/audit}: the audit log, for administrators, within their scope. */
@Controller
class AuditLogController {

    private final AuditLogService audit;
    private final ZoneId zone;

    AuditLogController(AuditLogService audit, ConsoleTimeZone zone) {
        this.zone = zone.zone();
        this.audit = audit;
    }

    @GetMapping("/system/audit")
    String showAuditLog(ConsoleActor actor, @ModelAttribute("search") AuditSearchForm search,
            BindingResult badInput, Model model) {
        AuditLogService.AuditPage page = audit.find(actor, search.toFilter(zone), search.getAfter());
        model.addAttribute("entries", page.entries());
        model.addAttribute("nextPage", page.nextToken() == null ? null : search.nextPageLink(page.nextToken()));
        model.addAttribute("zone", zone);
        return "system/audit";
    }
}
