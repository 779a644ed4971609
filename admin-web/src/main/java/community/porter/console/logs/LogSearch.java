package community.porter.console.logs;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.MessageDirection;
import community.porter.access.message.MessageFilter;
import community.porter.access.message.OutboxMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search form of the message log, bound from the query string. Unknown values (a state or an
 * outcome no message has) leave their criterion out rather than fail: it is a search box.
 */
public class LogSearch {

    private String phone;
    private String direction;
    private String state;
    private String command;
    private String outcome;
    private String text;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private String after;

    /**
     * The search as the message log takes it; dates are whole days in {@code zone}, both
     * inclusive, and the phone is read by {@code phones} (as typed, to E.164).
     */
    MessageFilter toFilter(ZoneId zone, UnaryOperator<String> phones) {
        String upperState = upper(state);
        String typedPhone = phone();
        return new MessageFilter(typedPhone == null ? null : phones.apply(typedPhone), "in".equals(direction) ? MessageDirection.IN
                : "out".equals(direction) ? MessageDirection.OUT : null,
                enumOf(InboxMessage.State.class, upperState), enumOf(OutboxMessage.State.class, upperState),
                upper(command), enumOf(CommandOutcome.class, upper(outcome)), blankToNull(text),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The criteria given, for the audit entry of the search ({@code phone=…, state=…}). */
    String describe() {
        return criteria().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The link to the page after the line {@code token}, with the same criteria. */
    String nextPageLink(String token) {
        // Encoded as a form would be: a + of a phone number must not come back as a space.
        StringBuilder link = new StringBuilder("/logs?");
        criteria().forEach((name, value) -> link.append(name).append('=')
                .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)).append('&'));
        return link.append("after=").append(URLEncoder.encode(token, StandardCharsets.UTF_8)).toString();
    }

    private Map<String, Object> criteria() {
        Map<String, Object> criteria = new LinkedHashMap<>();
        put(criteria, "phone", phone);
        put(criteria, "direction", direction);
        put(criteria, "state", state);
        put(criteria, "command", command);
        put(criteria, "outcome", outcome);
        put(criteria, "text", text);
        put(criteria, "from", from);
        put(criteria, "to", to);
        return criteria;
    }

    private static void put(Map<String, Object> criteria, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            criteria.put(name, value.toString().strip());
        }
    }

    /** A number as typed, spaces and dashes left out; E.164 is matched as stored. */
    private String phone() {
        String typed = blankToNull(phone);
        return typed == null ? null : typed.replaceAll("[\\s-]", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String kept = blankToNull(value);
        return kept == null ? null : kept.toUpperCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name))
                .findFirst().orElse(null);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getCommand() {
        return command;
    }

    public void setCommand(String command) {
        this.command = command;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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
