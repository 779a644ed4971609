package community.porter.console.security;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A stand-in for the REST API, which other issues build: it answers with who is calling. */
@RestController
class ApiProbeController {

    @GetMapping("/api/v1/probe")
    String whoAmI(Authentication caller) {
        return caller.getName();
    }

    @PostMapping("/api/v1/probe")
    String change(Authentication caller) {
        return "changed by " + caller.getName();
    }
}
