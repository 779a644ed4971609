package community.porter.e2e;

import community.porter.smpp.JsmppSmsc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.jsmpp.bean.SubmitSm;

/**
 * The SMSC's own book of what it accepted: every {@code submit_sm} it answered with a message id,
 * with that id, kept by the test process so it outlives any number of Porter processes. Whatever
 * Porter's database says was sent can be checked against it part by part, and a part the SMSC
 * accepted twice shows up as an id Porter never recorded.
 */
final class SmscLedger {

    /**
     * One accepted part.
     *
     * @param messageId the id the SMSC answered it with
     * @param to        its destination, digits only
     * @param reference concatenation reference, 0 for a single-part message
     * @param total     parts of its message
     * @param sequence  its place in the message, from 1
     * @param text      the text of this part
     */
    record Part(String messageId, String to, int reference, int total, int sequence, String text) {
    }

    private final List<Part> parts = new CopyOnWriteArrayList<>();

    private SmscLedger() {
    }

    /** Starts keeping the book of {@code smsc}: from now on every accepted submit is entered. */
    static SmscLedger of(JsmppSmsc smsc) {
        SmscLedger ledger = new SmscLedger();
        smsc.beforeSubmitResponse(ledger::enter);
        return ledger;
    }

    private void enter(SubmitSm submit, String messageId) {
        int[] place = Submitted.part(submit);
        byte[] data = submit.getShortMessage();
        int total = place[0] == 0 && place[1] == 1 ? 1 : data[4] & 0xFF;
        parts.add(new Part(messageId, Submitted.destination(submit), place[0], total, place[1], Submitted.text(submit)));
    }

    /** Every accepted part, in the order the SMSC accepted them. */
    List<Part> parts() {
        return List.copyOf(parts);
    }

    /** The ids of every accepted part. */
    Set<String> messageIds() {
        return parts.stream().map(Part::messageId).collect(Collectors.toSet());
    }

    /**
     * How many whole messages reached each destination: a single part counts one, a long message
     * counts once every one of its parts was accepted. Concatenation references are only 8 bits
     * and repeat, so a part joins the oldest unfinished message of its reference that lacks its
     * sequence number, and otherwise begins a new one.
     */
    Map<String, Integer> wholeMessagesByDestination() {
        Map<String, Integer> whole = new LinkedHashMap<>();
        Map<String, List<Set<Integer>>> open = new LinkedHashMap<>();
        for (Part part : parts) {
            if (part.total() == 1) {
                whole.merge(part.to(), 1, Integer::sum);
                continue;
            }
            List<Set<Integer>> messages = open.computeIfAbsent(part.to() + "/" + part.reference() + "/" + part.total(),
                    key -> new ArrayList<>());
            Set<Integer> joined = messages.stream().filter(m -> !m.contains(part.sequence())).findFirst()
                    .orElseGet(() -> {
                        Set<Integer> fresh = new java.util.HashSet<>();
                        messages.add(fresh);
                        return fresh;
                    });
            joined.add(part.sequence());
            if (joined.size() == part.total()) {
                messages.remove(joined);
                whole.merge(part.to(), 1, Integer::sum);
            }
        }
        return whole;
    }

    /**
     * How many messages {@code parts} belong to: the parts of one long message (same destination
     * and concatenation reference) count once, every single-part message once.
     */
    static long messagesOf(List<Part> parts) {
        return parts.stream()
                .map(part -> part.total() == 1 ? part.messageId() : part.to() + "/" + part.reference() + "/" + part.total())
                .distinct().count();
    }

    /** The accepted parts whose ids are not among {@code recorded}: copies their sender does not know of. */
    List<Part> notAmong(Collection<String> recorded) {
        Set<String> known = Set.copyOf(recorded);
        List<Part> unknown = new ArrayList<>();
        for (Part part : parts) {
            if (!known.contains(part.messageId())) {
                unknown.add(part);
            }
        }
        return unknown;
    }
}
