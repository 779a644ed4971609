package community.porter.access.notice;

import community.porter.access.org.OrgNode;
import community.porter.access.person.MembershipRole;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules a broadcast composed by staff must meet, shared by every way one is composed (the
 * REST API, the console form), so the two cannot drift apart. Each check adds what it finds to a
 * list of {@link Problem}s instead of stopping at the first, so the author sees every problem at
 * once.
 */
@Component
public class BroadcastChecks {

    /**
     * One problem of a composed broadcast.
     *
     * @param field  the field it concerns, as the API names it ({@code text}, {@code validUntil},
     *               {@code target.channel}, {@code target.scope}, {@code target.role},
     *               {@code target.phones})
     * @param code   what is wrong, stable for translations ({@code empty}, {@code too-long},
     *               {@code not-after}, {@code unknown}, {@code none}, {@code too-many},
     *               {@code no-valid})
     * @param detail the problem in English, naming the offending value or the limit
     */
    public record Problem(String field, String code, String detail) {

        /** {@code field: detail}, as the API reports it. */
        public String message() {
            return field + ": " + detail;
        }
    }

    /** A phone list as taken, or {@code null} target when nothing valid was in it. */
    public record CheckedList(BroadcastTarget target, List<RejectedEntry> rejected) {
    }

    private final BroadcastTargets targets;
    private final BroadcastsProperties properties;
    private final Clock clock;

    public BroadcastChecks(BroadcastTargets targets, BroadcastsProperties properties, Clock clock) {
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
    }

    /** The longest text allowed, in characters ({@code porter.broadcasts.max-text-length}). */
    public int maxTextLength() {
        return properties.maxTextLength();
    }

    /** The text is there and not longer than {@code porter.broadcasts.max-text-length}. */
    public void text(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem("text", "empty", "must not be empty"));
        } else if (text.length() > properties.maxTextLength()) {
            problems.add(new Problem("text", "too-long", "at most " + properties.maxTextLength() + " characters"));
        }
    }

    /** An end of validity lies after now and after the schedule; a schedule in the past means now. */
    public void validity(Instant scheduledAt, Instant validUntil, List<Problem> problems) {
        Instant now = clock.instant();
        Instant start = scheduledAt == null || scheduledAt.isBefore(now) ? now : scheduledAt;
        if (validUntil != null && !validUntil.isAfter(start)) {
            problems.add(new Problem("validUntil", "not-after", "must be after now and after scheduledAt"));
        }
    }

    /** The notice channel {@code code} of {@code community}. */
    @Transactional(readOnly = true)
    public Optional<BroadcastTarget> channel(OrgNode community, String code, List<Problem> problems) {
        Optional<BroadcastTarget> channel = code == null || code.isBlank() ? Optional.empty()
                : targets.channel(community, code);
        if (channel.isEmpty()) {
            problems.add(new Problem("target.channel", "unknown",
                    "no channel " + (code == null ? "" : code) + " in " + community.getCode()));
        }
        return channel;
    }

    /**
     * The scope {@code typed} of {@code community} ({@code ALL}, a building, a unit, a room),
     * narrowed to {@code roles} (membership roles and/or {@code STAFF}, separated by commas or
     * blanks) unless that is {@code null}.
     */
    @Transactional(readOnly = true)
    public Optional<BroadcastTarget> scope(OrgNode community, String typed, String roles, List<Problem> problems) {
        Optional<BroadcastTarget> scope = typed == null || typed.isBlank() ? Optional.empty()
                : targets.scope(community, typed);
        if (scope.isEmpty()) {
            problems.add(new Problem("target.scope", "unknown",
                    "no scope " + (typed == null ? "" : typed) + " in " + community.getCode()));
            return Optional.empty();
        }
        return roles == null ? scope : Optional.of(withRoles(scope.get(), roles, problems));
    }

    private static BroadcastTarget withRoles(BroadcastTarget scope, String words, List<Problem> problems) {
        Set<MembershipRole> roles = EnumSet.noneOf(MembershipRole.class);
        boolean staff = false;
        for (String word : words.split("[,\\s]+")) {
            String role = word.strip().toUpperCase(Locale.ROOT);
            if (role.equals(BroadcastTarget.STAFF)) {
                staff = true;
            } else if (EnumSet.allOf(MembershipRole.class).stream().anyMatch(r -> r.name().equals(role))) {
                roles.add(MembershipRole.valueOf(role));
            } else if (!role.isEmpty()) {
                problems.add(new Problem("target.role", "unknown", word + " is none of OWNER, FAMILY, TENANT, STAFF"));
            }
        }
        if (roles.isEmpty() && !staff) {
            problems.add(new Problem("target.role", "none", "name at least one of OWNER, FAMILY, TENANT, STAFF"));
        }
        return scope.withRoles(roles, staff);
    }

    /**
     * A list of phone numbers as typed: not empty, not longer than
     * {@code porter.broadcasts.max-list-size}, at least one valid number; the entries not taken
     * are reported back.
     */
    public CheckedList list(OrgNode community, List<String> entries, List<Problem> problems) {
        if (entries == null || entries.isEmpty()) {
            problems.add(new Problem("target.phones", "empty", "must not be empty"));
            return new CheckedList(null, List.of());
        }
        if (entries.size() > properties.maxListSize()) {
            problems.add(new Problem("target.phones", "too-many", "at most " + properties.maxListSize() + " entries"));
            return new CheckedList(null, List.of());
        }
        BroadcastTargets.ListTarget list = targets.list(community, entries);
        if (list.target().phones().isEmpty()) {
            problems.add(new Problem("target.phones", "no-valid", "no valid phone number"));
            return new CheckedList(null, list.rejected());
        }
        return new CheckedList(list.target(), list.rejected());
    }
}
