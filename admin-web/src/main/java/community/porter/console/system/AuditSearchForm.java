package community.porter.console.system;

import community.porter.access.audit.AuditFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/** The search form of the audit log page, bound from the query string. */
public class AuditSearchForm {

    private String actor;
    private String action;
    private String target;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private String after;

    /** The criteria; dates are whole days in {@code zone}, both inclusive. */
    AuditFilter toFilter(ZoneId zone) {
        return new AuditFilter(actor, action == null ? null : action.strip().toUpperCase(Locale.ROOT), target,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The link to the page after {@code token}, with the same criteria. */
    String nextPageLink(String token) {
        // Encoded as a form would be, so every character comes back as typed.
        StringBuilder link = new StringBuilder("/system/audit?");
        add(link, "actor", actor);
        add(link, "action", action);
        add(link, "target", target);
        add(link, "from", from);
        add(link, "to", to);
        return link.append("after=").append(URLEncoder.encode(token, StandardCharsets.UTF_8)).toString();
    }

    private static void add(StringBuilder link, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            link.append(name).append('=').append(URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
