package community.porter.command.language;

import java.util.Arrays;
import java.util.List;

/**
 * The reply to {@code H} (SPEC §3.2): the commands this sender may use, in their language. An
 * unregistered phone gets the visitor help; a registered one its base list (resident, staff, or
 * neither) followed by one line per staff permission that adds a command. The bundles keep every
 * combination within two SMS parts (tested).
 */
public final class HelpText {

    /** Staff lines in the order they are shown, with whether a resident's list already has them. */
    private enum StaffLine {
        DOOR(HelpAudience.DOOR, ReplyKeys.HELP_STAFF_DOOR, true),
        VISITOR(HelpAudience.VISITOR, ReplyKeys.HELP_STAFF_VISITOR, true),
        BROADCAST(HelpAudience.BROADCAST, ReplyKeys.HELP_STAFF_BROADCAST, false),
        BLACKLIST(HelpAudience.BLACKLIST, ReplyKeys.HELP_STAFF_BLACKLIST, false),
        QUERY(HelpAudience.QUERY, ReplyKeys.HELP_STAFF_QUERY, false);

        private final String permission;
        private final String key;
        private final boolean inResidentList;

        StaffLine(String permission, String key, boolean inResidentList) {
            this.permission = permission;
            this.key = key;
            this.inResidentList = inResidentList;
        }
    }

    private HelpText() {
    }

    /** The help text for {@code audience} in {@code lang}. */
    public static String helpFor(HelpAudience audience, ReplyLanguage lang, ReplyTexts texts) {
        if (!audience.registered()) {
            return texts.text(ReplyKeys.HELP_VISITOR, lang);
        }
        List<StaffLine> lines = Arrays.stream(StaffLine.values())
                .filter(line -> audience.staffPermissions().contains(line.permission))
                .toList();
        StringBuilder extra = new StringBuilder();
        for (StaffLine line : lines) {
            if (!(audience.resident() && line.inResidentList)) {
                extra.append(texts.text(line.key, lang));
            }
        }
        String base = audience.resident() ? ReplyKeys.HELP_RESIDENT
                : lines.isEmpty() ? ReplyKeys.HELP_REGISTERED
                : ReplyKeys.HELP_STAFF;
        return texts.text(base, lang, extra.toString());
    }
}
