package community.porter.smpp;

import community.porter.sms.DeliveryReceipt;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of an SMPP delivery receipt (SMPP 3.4 Appendix B), as most SMSCs put it in the
 * short_message of a receipt deliver_sm:
 * {@code id:IIIIIIIIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E text:...}.
 * Parsed leniently: fields may be missing, in any case, with seconds in the dates or not.
 *
 * @param id       the message id, as written
 * @param stat     the state word, e.g. {@code DELIVRD}, or {@code null}
 * @param err      the error code, or {@code null}
 * @param doneDate the done date digits, or {@code null}
 */
record SmscReceiptText(String id, String stat, String err, String doneDate) {

    private static final Pattern ID = Pattern.compile("(?i)(?:^|\\s)id:(\\S+)");
    private static final Pattern STAT = Pattern.compile("(?i)\\bstat:(\\S+)");
    private static final Pattern ERR = Pattern.compile("(?i)\\berr:(\\S+)");
    private static final Pattern DONE = Pattern.compile("(?i)\\bdone date:(\\d{10,12})");

    /** @return the fields found; all {@code null} when the text is no receipt at all */
    static SmscReceiptText parse(String text) {
        String t = text == null ? "" : text;
        return new SmscReceiptText(find(ID, t), find(STAT, t), find(ERR, t), find(DONE, t));
    }

    /** @return what the {@code stat:} word means for the part; UNKNOWN (not final) for intermediate or odd words */
    DeliveryReceipt.State state() {
        return SmscMessageState.ofWord(stat).map(SmscMessageState::receiptState).orElse(DeliveryReceipt.State.UNKNOWN);
    }

    /**
     * @return the {@code stat:} word as Appendix B spells it ({@code UNDELIVERABLE} becomes
     *         {@code UNDELIV}), an unknown word upper-cased, or {@code null} when there is none
     */
    String status() {
        if (stat == null) {
            return null;
        }
        return SmscMessageState.ofWord(stat).map(SmscMessageState::word).orElse(stat.toUpperCase(Locale.ROOT));
    }

    /** @return the error code, or {@code null} when absent or all zeros (no error) */
    String errorCode() {
        return err == null || err.chars().allMatch(c -> c == '0') ? null : err;
    }

    /**
     * @param zone the SMSC's time zone (receipts carry none)
     * @return when the state was reached, or {@code null} when the date is missing or invalid
     */
    Instant doneAt(ZoneId zone) {
        if (doneDate == null) {
            return null;
        }
        try {
            int seconds = doneDate.length() == 12 ? Integer.parseInt(doneDate.substring(10, 12)) : 0;
            LocalDateTime local = LocalDateTime.of(
                    2000 + Integer.parseInt(doneDate.substring(0, 2)),
                    Integer.parseInt(doneDate.substring(2, 4)),
                    Integer.parseInt(doneDate.substring(4, 6)),
                    Integer.parseInt(doneDate.substring(6, 8)),
                    Integer.parseInt(doneDate.substring(8, 10)),
                    seconds);
            return local.atZone(zone).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
