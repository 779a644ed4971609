package community.porter.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.Inbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import community.porter.command.pipeline.CommandPipeline;
import community.porter.sms.InboundSms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;

/**
 * Plays a conversation written as a readable script, one line a step:
 *
 * <pre>
 * owner   &gt; KM              the phone sends a message; Porter stores and handles it
 * owner   &lt; 1-1             Porter sends that phone a message containing this text
 *         = OK              the outcome of the last message sent (waits for late outcomes)
 * ~ 31m                     the clock moves on
 * visitor &lt;&gt;                that phone has been sent nothing more
 * </pre>
 *
 * Phones are named by alias (see {@link #PHONES}) or written as E.164. Every message Porter
 * sends during a script must be expected by a {@code <} line; one that is not fails the script at
 * the next {@code >} line or at its end, so "answered once" is checked by every script.
 */
public final class ConversationScript {

    /** The demo community's phones by the names scripts use. */
    public static final Map<String, String> PHONES = Map.of(
            "owner", "+8613800000001",
            "family", "+8613800000002",
            "tenant", "+8613800000003",
            "staff", "+8613900000001",
            "visitor", "+8613700000001",
            "visitor2", "+8613700000002");

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Inbox inbox;
    private final CommandPipeline pipeline;
    private final OutboxRepository outbox;
    private final CommandLogRepository commandLog;
    private final MutableClock clock;
    private final Set<Long> consumed = new HashSet<>();
    private long watermark;
    private Long lastInboxId;

    ConversationScript(Inbox inbox, CommandPipeline pipeline, OutboxRepository outbox, CommandLogRepository commandLog,
            MutableClock clock) {
        this.inbox = inbox;
        this.pipeline = pipeline;
        this.outbox = outbox;
        this.commandLog = commandLog;
        this.clock = clock;
        this.watermark = outbox.findAll(Sort.by("id")).stream().mapToLong(OutboxMessage::getId).max().orElse(0);
    }

    /** Plays {@code script}; fails with the line that did not hold. */
    public void play(String script) {
        for (String raw : script.strip().split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                step(line);
            } catch (AssertionError e) {
                throw new AssertionError("Conversation step failed: " + line + "\n" + e.getMessage(), e);
            }
        }
        expectNothingUnread();
    }

    /** The inbox id of the last message a phone sent in this script. */
    public long lastInboxId() {
        return lastInboxId;
    }

    private void step(String line) {
        if (line.startsWith("~")) {
            clock.advance(Duration.parse("PT" + line.substring(1).strip().toUpperCase()));
        } else if (line.startsWith("=")) {
            expectOutcome(line.substring(1).strip());
        } else if (line.contains("<>")) {
            expectNothingFor(phone(line.substring(0, line.indexOf("<>"))));
        } else if (line.contains(">")) {
            int at = line.indexOf('>');
            send(phone(line.substring(0, at)), line.substring(at + 1).strip());
        } else if (line.contains("<")) {
            int at = line.indexOf('<');
            expectMessage(phone(line.substring(0, at)), line.substring(at + 1).strip());
        } else {
            fail("Not a script line: " + line);
        }
    }

    private void send(String phone, String text) {
        expectNothingUnread();
        long id = inbox.store(new InboundSms("script", phone, "10690000", text, null, null, clock.instant(), false))
                .inboxId();
        pipeline.run(id);
        lastInboxId = id;
    }

    private void expectMessage(String phone, String fragment) {
        Optional<OutboxMessage> match = Optional.empty();
        try {
            await().atMost(WAIT).until(() -> unread().stream()
                    .anyMatch(m -> m.getRecipient().equals(phone) && m.getText().contains(fragment)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            fail("No message to " + phone + " containing \"" + fragment + "\"; unread: " + describe(unread()));
        }
        match = unread().stream().filter(m -> m.getRecipient().equals(phone) && m.getText().contains(fragment))
                .findFirst();
        consumed.add(match.orElseThrow().getId());
    }

    private void expectNothingFor(String phone) {
        List<OutboxMessage> extra = unread().stream().filter(m -> m.getRecipient().equals(phone)).toList();
        assertThat(extra).as("messages to " + phone + " nobody expected").isEmpty();
    }

    private void expectOutcome(String outcome) {
        assertThat(lastInboxId).as("a message was sent before the outcome line").isNotNull();
        try {
            await().atMost(WAIT).until(() -> commandLogOf(lastInboxId)
                    .map(e -> e.getOutcome().name().equals(outcome)).orElse(false));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            fail("Outcome of message " + lastInboxId + " is "
                    + commandLogOf(lastInboxId).map(CommandLogEntry::getOutcome).orElse(null) + ", not " + outcome);
        }
    }

    private void expectNothingUnread() {
        List<OutboxMessage> unread = unread();
        assertThat(unread).as("messages Porter sent that the script did not expect: " + describe(unread)).isEmpty();
    }

    private Optional<CommandLogEntry> commandLogOf(long inboxId) {
        return commandLog.findAll().stream().filter(e -> e.getInboxId() == inboxId).findFirst();
    }

    private List<OutboxMessage> unread() {
        List<OutboxMessage> unread = new ArrayList<>();
        for (OutboxMessage m : outbox.findAll(Sort.by("id"))) {
            if (m.getId() > watermark && !consumed.contains(m.getId())) {
                unread.add(m);
            }
        }
        return unread;
    }

    private static String describe(List<OutboxMessage> messages) {
        return messages.stream().map(m -> m.getRecipient() + " \"" + m.getText() + "\"").toList().toString();
    }

    private static String phone(String name) {
        String key = name.strip();
        return key.startsWith("+") ? key : Optional.ofNullable(PHONES.get(key))
                .orElseThrow(() -> new IllegalArgumentException("Unknown phone alias: " + key));
    }
}
