package community.porter.console.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page. For now it says what the console offers; live figures come later. */
@Controller
class DashboardController {

    @GetMapping("/")
    String showDashboard() {
        return "dashboard/dashboard";
    }
}
