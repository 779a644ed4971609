package community.porter.command.language;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who asks for help, as far as the help text cares.
 *
 * @param registered       the phone is registered and active; if not, the rest is ignored and
 *                         the visitor help is given
 * @param resident         the person has a current room membership
 * @param staffPermissions the person's staff permissions in any scope ({@code DOOR},
 *                         {@code VISITOR}, {@code BROADCAST}, {@code BLACKLIST}, {@code QUERY});
 *                         others are ignored; case-insensitive
 */
public record HelpAudience(boolean registered, boolean resident, Set<String> staffPermissions) {

    /** Staff permission to open doors in scope. */
    public static final String DOOR = "DOOR";
    /** Staff permission to approve and deny visitors. */
    public static final String VISITOR = "VISITOR";
    /** Staff permission to broadcast. */
    public static final String BROADCAST = "BROADCAST";
    /** Staff permission to blacklist visitor phones. */
    public static final String BLACKLIST = "BLACKLIST";
    /** Staff permission to query rooms. */
    public static final String QUERY = "QUERY";

    public HelpAudience {
        staffPermissions = staffPermissions == null ? Set.of() : staffPermissions.stream()
                .map(p -> p.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** An unregistered phone. */
    public static HelpAudience unregistered() {
        return new HelpAudience(false, false, Set.of());
    }

    /** A resident without staff permissions. */
    public static HelpAudience plainResident() {
        return new HelpAudience(true, true, Set.of());
    }

    /** Staff with these permissions and no room. */
    public static HelpAudience staffOnly(Set<String> permissions) {
        return new HelpAudience(true, false, permissions);
    }
}
