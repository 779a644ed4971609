package community.porter.routes.door;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import community.porter.access.door.DoorCommand;
import community.porter.access.door.PendingDoorCommand;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The JSON of the door-controller protocol, schema {@value #SCHEMA} (docs/door-protocol.md):
 * commands written by Porter and read by controllers, events written by controllers and read by
 * Porter. Reading is strict about what it needs and ignores what it does not know.
 */
public final class DoorProtocol {

    /** The schema version this class reads and writes. */
    public static final int SCHEMA = 1;
    /** The message property naming the addressed controller, for subscription selectors. */
    public static final String CONTROLLER_ID = "controllerId";
    /** Commands: a multicast address. */
    public static final String COMMANDS = "porter.door.commands";
    /** Events: an anycast queue. */
    public static final String EVENTS = "porter.door.events";
    /** Events Porter could not read, with a {@link #REASON} property. */
    public static final String DEAD_LETTERS = "porter.door.events.dlq";
    /** The message property saying why an event was dead-lettered. */
    public static final String REASON = "reason";

    private static final Set<String> ALARM_KINDS = Set.of("FORCED_DOOR", "TAMPER", "HELD_OPEN");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DoorProtocol() {
    }

    /** The JSON of a command. */
    public static String command(PendingDoorCommand command) {
        ObjectNode node = header(command.type().name());
        node.put("commandId", command.id());
        node.put("controllerId", command.controllerId());
        node.put("issuedAt", command.issuedAt().toString());
        switch (command.type()) {
            case OPEN -> {
                node.put("door", command.door());
                node.put("idempotencyKey", command.idempotencyKey());
                node.put("deadline", command.deadline().toString());
            }
            case BLOCK_CARD, UNBLOCK_CARD -> node.put("card", command.card());
            case SYNC -> {
                ArrayNode cards = node.putArray("blockedCards");
                command.blockedCards().forEach(cards::add);
                node.put("version", command.id());
            }
        }
        return write(node);
    }

    /** Reads a command (what a controller does). */
    public static PendingDoorCommand readCommand(String json) {
        JsonNode node = parse(json);
        DoorCommand.Type type = enumOf(DoorCommand.Type.class, text(node, "type"));
        List<String> blocked = new ArrayList<>();
        if (type == DoorCommand.Type.SYNC) {
            JsonNode cards = node.path("blockedCards");
            if (!cards.isArray()) {
                throw new DoorProtocolException("SYNC without a blockedCards array");
            }
            cards.forEach(card -> blocked.add(card.asText()));
        }
        return new PendingDoorCommand(number(node, "commandId"), type, text(node, "controllerId"),
                type == DoorCommand.Type.OPEN ? text(node, "door") : null,
                type == DoorCommand.Type.BLOCK_CARD || type == DoorCommand.Type.UNBLOCK_CARD ? text(node, "card") : null,
                type == DoorCommand.Type.OPEN ? text(node, "idempotencyKey") : null,
                instant(node, "issuedAt"),
                type == DoorCommand.Type.OPEN ? instant(node, "deadline") : null,
                blocked);
    }

    /** The JSON of an event (what a controller sends). */
    public static String event(DoorEvent event) {
        ObjectNode node = header(typeOf(event));
        node.put("controllerId", event.controllerId());
        node.put("at", event.at().toString());
        if (event instanceof DoorEvent.Ack ack) {
            node.put("commandId", ack.commandId());
        } else if (event instanceof DoorEvent.Nack nack) {
            node.put("commandId", nack.commandId());
            node.put("reason", nack.reason());
        } else if (event instanceof DoorEvent.Opened opened) {
            node.put("door", opened.door());
            putIfPresent(node, "card", opened.card());
            putIfPresent(node, "pass", opened.pass());
            putIfPresent(node, "phone", opened.phone());
            node.put("granted", opened.granted());
            putIfPresent(node, "detail", opened.detail());
        } else if (event instanceof DoorEvent.Alarm alarm) {
            node.put("door", alarm.door());
            node.put("kind", alarm.kind());
        }
        return write(node);
    }

    /**
     * Reads an event (what Porter does).
     *
     * @throws DoorProtocolException when it is not JSON, not schema 1, of an unknown type, or
     *                               misses what its type needs
     */
    public static DoorEvent readEvent(String json) {
        JsonNode node = parse(json);
        String type = text(node, "type");
        String controllerId = text(node, "controllerId");
        Instant at = instant(node, "at");
        return switch (type) {
            case "ACK" -> new DoorEvent.Ack(controllerId, number(node, "commandId"), at);
            case "NACK" -> new DoorEvent.Nack(controllerId, number(node, "commandId"),
                    node.path("reason").asText("unspecified"), at);
            case "HEARTBEAT" -> new DoorEvent.Heartbeat(controllerId, at);
            case "OPENED" -> new DoorEvent.Opened(controllerId, text(node, "door"), optional(node, "card"),
                    optional(node, "pass"), optional(node, "phone"), node.path("granted").asBoolean(true),
                    optional(node, "detail"), at);
            case "ALARM" -> {
                String kind = text(node, "kind").toUpperCase(Locale.ROOT);
                if (!ALARM_KINDS.contains(kind)) {
                    throw new DoorProtocolException("unknown alarm kind " + kind);
                }
                yield new DoorEvent.Alarm(controllerId, text(node, "door"), kind, at);
            }
            case "SYNC_REQUEST" -> new DoorEvent.SyncRequest(controllerId, at);
            default -> throw new DoorProtocolException("unknown event type " + type);
        };
    }

    private static String typeOf(DoorEvent event) {
        if (event instanceof DoorEvent.Ack) {
            return "ACK";
        } else if (event instanceof DoorEvent.Nack) {
            return "NACK";
        } else if (event instanceof DoorEvent.Heartbeat) {
            return "HEARTBEAT";
        } else if (event instanceof DoorEvent.Opened) {
            return "OPENED";
        } else if (event instanceof DoorEvent.Alarm) {
            return "ALARM";
        }
        return "SYNC_REQUEST";
    }

    private static ObjectNode header(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("schema", SCHEMA);
        node.put("type", type);
        return node;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new DoorProtocolException("empty message");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DoorProtocolException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new DoorProtocolException("not a JSON object");
        }
        if (!node.path("schema").isInt() || node.path("schema").asInt() != SCHEMA) {
            throw new DoorProtocolException("schema must be " + SCHEMA + ", was " + node.path("schema"));
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new DoorProtocolException("missing " + field);
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.canConvertToLong() && value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
            return Long.parseLong(value.asText());
        }
        throw new DoorProtocolException("missing or invalid " + field);
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new DoorProtocolException(field + " is not an ISO-8601 instant: " + value, e);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DoorProtocolException("unknown type " + value, e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write door protocol JSON", e);
        }
    }
}
