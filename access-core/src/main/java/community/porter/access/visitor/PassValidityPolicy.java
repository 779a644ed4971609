package community.porter.access.visitor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How long a visitor pass lasts (SPEC §3.2, pass validity policy): a frequent courier or takeaway
 * gets {@link VisitorsProperties#frequentValidity()}, any other courier, takeaway, maintenance or
 * water/gas delivery {@link VisitorsProperties#deliveryValidity()}, a guest until 23:59 of the day
 * in the community's time zone; an invitation that names {@code days} lasts until 23:59 of the
 * last of those days, whatever the type.
 *
 * <p>"Frequent" is counted from what Porter records: the passes issued to that phone in that
 * community within {@link VisitorsProperties#frequentWindow()} (visits through a door are not
 * tracked per pass, so a pass issued stands for a visit made).
 */
@Component
public class PassValidityPolicy {

    /** Guest passes end one minute before midnight, as people say "until 23:59". */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final VisitorsProperties properties;

    public PassValidityPolicy(VisitorsProperties properties) {
        this.properties = properties;
    }

    /**
     * When a pass starting at {@code from} ends.
     *
     * @param type         the kind of visit
     * @param recentPasses passes the phone was issued in the community within the frequency window
     * @param days         days asked for by an invitation, at most {@link VisitorsProperties#maxInviteDays()}
     */
    public Instant validTo(VisitorType type, long recentPasses, Optional<Integer> days, Instant from) {
        if (days.isPresent()) {
            int n = Math.min(Math.max(days.get(), 1), properties.maxInviteDays());
            return endOfDay(from, n - 1);
        }
        return switch (type) {
            case KD, WM -> from.plus(recentPasses >= properties.frequentVisits()
                    ? properties.frequentValidity() : properties.deliveryValidity());
            case WX, SS -> from.plus(properties.deliveryValidity());
            case FK -> endOfDay(from, 0);
        };
    }

    /** The start of the frequency window for a pass issued at {@code now}. */
    public Instant frequencySince(Instant now) {
        return now.minus(properties.frequentWindow());
    }

    private Instant endOfDay(Instant from, int daysAfter) {
        LocalDate day = from.atZone(properties.timeZone()).toLocalDate().plusDays(daysAfter);
        Instant end = ZonedDateTime.of(day, END_OF_DAY, properties.timeZone()).toInstant();
        // A guest asking at 23:59:30 still gets a pass worth having.
        return end.isAfter(from) ? end : endOfDay(from, daysAfter + 1);
    }
}
