package community.porter.console.simulator;

import community.porter.console.simulator.PhoneSimulator.SimulatedMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One phone's conversation as the page shows it.
 *
 * @param phone the phone, or null when none (valid) is chosen yet
 * @param messages oldest first, so the newest is at the bottom
 * @param version changes whenever the conversation does; the page sends it back when polling, and
 *     an unchanged conversation is answered with 204, which leaves the page (and any text the
 *     person has selected in it) alone
 */
public record ConversationView(String phone, List<MessageView> messages, String version) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    static ConversationView none() {
        return new ConversationView(null, List.of(), "-");
    }

    static ConversationView of(String phone, List<SimulatedMessage> messages, ZoneId zone) {
        var views = messages.stream()
                .map(m -> new MessageView(m.id(), m.fromPhone(), m.text(), m.at(),
                        m.at() == null ? "" : TIME.format(m.at().atZone(zone))))
                .toList();
        long lastId = views.isEmpty() ? 0 : views.get(views.size() - 1).id();
        return new ConversationView(phone, views, phone + "/" + views.size() + "/" + lastId);
    }

    /**
     * One bubble.
     *
     * @param fromPhone true for what the phone sent, false for Porter's replies
     * @param time the local time of day shown under the bubble
     */
    public record MessageView(long id, boolean fromPhone, String text, Instant at, String time) {}
}
