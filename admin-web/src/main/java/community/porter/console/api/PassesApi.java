package community.porter.console.api;

import community.porter.access.visitor.VisitorPass;
import community.porter.access.visitor.VisitorPassRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/passes?phone=}: the live passes of a visitor phone (SPEC §10), for a kiosk or
 * a guard's tool. It shows the pass, never who issued it: no resident data leaves here.
 */
@RestController
@RequestMapping("/api/v1/passes")
class PassesApi {

    private final VisitorPassRepository passes;
    private final Clock clock;

    PassesApi(VisitorPassRepository passes, Clock clock) {
        this.passes = passes;
        this.clock = clock;
    }

    /** One live pass as the API shows it. */
    record PassView(String code, String room, String type, Instant validFrom, Instant validTo, String state) {

        static PassView of(VisitorPass pass) {
            return new PassView(pass.getPassCode(), pass.getRoom().getCode(), pass.getType().name(),
                    pass.getValidFrom(), pass.getValidTo(), pass.getState().name());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<PassView> livePasses(@RequestParam String phone) {
        return passes.findLiveByVisitorPhone(QueryPhones.fromQuery(phone), clock.instant()).stream()
                .map(PassView::of).toList();
    }
}
