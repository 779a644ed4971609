package community.porter.console.web;

import community.porter.access.visitor.VisitorsProperties;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The zone every console page shows times in and reads typed dates and times in: the
 * community's zone ({@code porter.visitors.time-zone}, Asia/Shanghai by default), the same one
 * visitor passes and broadcast schedules are counted in — never the server's own zone, which in
 * a container is usually UTC and would show a property manager a different clock from the SMS.
 */
@Component
public class ConsoleTimeZone {

    private final ZoneId zone;

    ConsoleTimeZone(VisitorsProperties visitors) {
        this.zone = visitors.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }
}
