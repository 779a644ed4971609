package community.porter.command.language;

/**
 * Test helper: how many SMS parts a text needs, the way the transports will encode it (GSM 03.38
 * default alphabet with its extension table, else UCS-2). Kept in the tests on purpose: the
 * production codec lives in sms-codec, and these tests only need the counting rules.
 */
final class SmsParts {

    static final int UCS2_TWO_PARTS = 134;
    static final int UCS2_THREE_PARTS = 201;
    static final int GSM_TWO_PARTS = 306;
    static final int GSM_THREE_PARTS = 459;

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private SmsParts() {
    }

    static boolean isGsm(String text) {
        return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    /** Septets in GSM 7-bit; an extension character costs two. Only for {@link #isGsm} texts. */
    static int septets(String text) {
        return text.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
    }

    /** Whether the text fits in {@code parts} parts (1–3) in the encoding it will be sent in. */
    static boolean fits(String text, int parts) {
        if (isGsm(text)) {
            int[] limits = {160, GSM_TWO_PARTS, GSM_THREE_PARTS};
            return septets(text) <= limits[parts - 1];
        }
        int[] limits = {70, UCS2_TWO_PARTS, UCS2_THREE_PARTS};
        return text.length() <= limits[parts - 1];
    }

    /** A human-readable size for assertion messages. */
    static String describe(String text) {
        return isGsm(text) ? septets(text) + " GSM septets" : text.length() + " UCS-2 units";
    }
}
