package community.porter.access.message;

import community.porter.sms.SubmitOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, records in the outbox the parts the {@link FileAcceptanceJournal} says a transport
 * accepted while the outbox had not recorded them yet: the process was killed between the two.
 * A message still being sent (or queued) whose every part was accepted becomes sent, so it is
 * not sent again and its receipts match; one whose first parts were accepted keeps them, so the
 * resumed send continues with the rest through the same connector. Messages in any other state
 * are left alone, which makes replaying twice harmless.
 */
@Component
class AcceptedPartsReplay {

    private final FileAcceptanceJournal journal;
    private final Outbox outbox;
    private final OutboxRepository messages;
    private final OutboxPartRepository parts;
    private final TransactionTemplate transaction;

    AcceptedPartsReplay(FileAcceptanceJournal journal, Outbox outbox, OutboxRepository messages,
            OutboxPartRepository parts, TransactionTemplate transaction) {
        this.journal = journal;
        this.outbox = outbox;
        this.messages = messages;
        this.parts = parts;
        this.transaction = transaction;
    }

    /**
     * Replays the whole journal, then deletes the segments too old to matter.
     *
     * @return how many messages got parts recorded
     */
    int replay() {
        Map<Long, List<FileAcceptanceJournal.Entry>> byMessage = journal.entries().stream()
                .collect(Collectors.groupingBy(FileAcceptanceJournal.Entry::outboxId, LinkedHashMap::new,
                        Collectors.toList()));
        int replayed = 0;
        for (Map.Entry<Long, List<FileAcceptanceJournal.Entry>> message : byMessage.entrySet()) {
            if (Boolean.TRUE.equals(transaction.execute(status -> replay(message.getKey(), message.getValue())))) {
                replayed++;
            }
        }
        journal.deleteExpired();
        return replayed;
    }

    /** @return whether parts were recorded */
    private boolean replay(long id, List<FileAcceptanceJournal.Entry> entries) {
        OutboxMessage message = messages.findById(id).orElse(null);
        if (message == null || (message.getState() != OutboxMessage.State.SENDING
                && message.getState() != OutboxMessage.State.QUEUED)) {
            return false;
        }
        Map<Integer, OutboxPart> recorded = parts.findByMessageIdOrderByPartNo(id).stream()
                .collect(Collectors.toMap(OutboxPart::getPartNo, Function.identity()));
        // A message continues on the connector that took its first part; lines from another one
        // (a whole send repeated elsewhere after a lost journal) do not belong to the same copy.
        String connector = recorded.containsKey(1) ? recorded.get(1).getConnector()
                : entries.stream().min(Comparator.comparingInt(FileAcceptanceJournal.Entry::partNo)).orElseThrow()
                        .connector();
        Map<Integer, FileAcceptanceJournal.Entry> journaled = new LinkedHashMap<>();
        entries.stream().filter(e -> e.connector().equals(connector)).forEach(e -> journaled.putIfAbsent(e.partNo(), e));
        if (journaled.isEmpty()) {
            return false;
        }
        int total = journaled.values().stream().mapToInt(FileAcceptanceJournal.Entry::totalParts).max().orElse(0);

        List<String> leading = new ArrayList<>();
        boolean anythingNew = false;
        for (int partNo = 1; recorded.containsKey(partNo) || journaled.containsKey(partNo); partNo++) {
            OutboxPart known = recorded.get(partNo);
            anythingNew |= known == null;
            leading.add(known != null ? known.getTransportId() : journaled.get(partNo).transportId());
        }
        if (!anythingNew) {
            return false;
        }
        SubmitOutcome accepted = new SubmitOutcome(connector, 1, leading);
        if (leading.size() >= total) {
            outbox.recordSent(id, accepted);
        } else {
            outbox.recordAccepted(id, accepted);
        }
        return true;
    }
}
