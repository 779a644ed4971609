package community.porter.console.broadcasts;

import community.porter.access.visitor.VisitorsProperties;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times on the broadcasts pages, in the community's time zone ({@code porter.visitors.time-zone}),
 * the zone in which the compose form's schedule is typed and quiet hours are read. Templates call
 * it as {@code ${@broadcastTimes.show(instant)}}.
 */
@Component("broadcastTimes")
public class BroadcastTimes {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final VisitorsProperties community;

    BroadcastTimes(VisitorsProperties community) {
        this.community = community;
    }

    /** {@code 2026-11-02 16:00}, or empty for none. */
    public String show(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(community.timeZone()));
    }
}
