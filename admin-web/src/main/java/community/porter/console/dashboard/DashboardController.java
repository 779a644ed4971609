package community.porter.console.dashboard;

import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleUserPrincipal;
import community.porter.console.web.ConsoleTimeZone;
import java.time.ZoneId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's start page and its live part: {@code /} draws the page with the figures of the
 * moment, and the page fetches {@code /dashboard/live} every few seconds to replace them.
 */
@Controller
class DashboardController {

    private final DashboardService dashboard;
    private final ZoneId zone;

    DashboardController(DashboardService dashboard, ConsoleTimeZone zone) {
        this.zone = zone.zone();
        this.dashboard = dashboard;
    }

    /**
     * The start page is where every sign-in lands, so it never refuses a signed-in principal: one
     * without a place in the tree (not a console user) gets the page without figures, which its
     * live part would refuse it anyway.
     */
    @GetMapping("/")
    String showDashboard(Authentication user, Model model) {
        if (user != null && user.getPrincipal() instanceof ConsoleUserPrincipal principal) {
            model.addAttribute("live", dashboard.live(principal.actor()));
        }
        model.addAttribute("zone", zone);
        return "dashboard/dashboard";
    }

    @GetMapping("/dashboard/live")
    String showLiveFigures(ConsoleActor actor, Model model) {
        model.addAttribute("live", dashboard.live(actor));
        model.addAttribute("zone", zone);
        return "dashboard/live :: live";
    }
}
