package community.porter.console.web;

import community.porter.console.security.ConsoleUserPrincipal;
import community.porter.console.simulator.PhoneSimulator;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every console page, whichever controller rendered it. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final ObjectProvider<PhoneSimulator> simulator;
    private final ConsoleTimeZone zone;

    LayoutModelAdvice(ObjectProvider<PhoneSimulator> simulator, ConsoleTimeZone zone) {
        this.simulator = simulator;
        this.zone = zone;
    }

    /** The navigation offers the phone simulator only where one exists, that is in demo mode. */
    @ModelAttribute("simulatorAvailable")
    boolean simulatorAvailable() {
        return simulator.getIfAvailable() != null;
    }

    /**
     * The navigation offers API keys only to those who may manage them: administrators at the root
     * of the tree (the service refuses everyone else whatever the page shows).
     */
    @ModelAttribute("mayManageApiKeys")
    boolean mayManageApiKeys(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUserPrincipal user
                && user.actor().isAdministrator() && user.actor().isAtTreeRoot();
    }

    /** Every page shows times in the community's zone, whichever controller rendered it. */
    @ModelAttribute("zone")
    ZoneId zone() {
        return zone.zone();
    }

    /** The signed-in person as the header shows them: display name, else login name. */
    @ModelAttribute("currentUserName")
    String currentUserName(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        if (authentication.getPrincipal() instanceof ConsoleUserPrincipal user && user.getDisplayName() != null) {
            return user.getDisplayName();
        }
        return authentication.getName();
    }
}
