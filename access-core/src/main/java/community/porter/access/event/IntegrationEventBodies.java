package community.porter.access.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import community.porter.access.card.Card;
import community.porter.access.door.AccessRecord;
import community.porter.access.door.Door;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.OutboxMessage;
import community.porter.access.org.OrgNode;
import community.porter.access.org.Room;
import community.porter.access.visitor.VisitorPass;
import java.time.Instant;

/**
 * The JSON bodies of the events, schema {@value IntegrationAddresses#SCHEMA}
 * (docs/integration/schemas). The {@code eventId} is added when an event is published, as its id
 * is only known once it is stored.
 */
final class IntegrationEventBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntegrationEventBodies() {
    }

    /** A {@code porter.sms.status} event: the message in its current state. */
    static String status(OutboxMessage message, Instant at) {
        ObjectNode node = header(message.getState().name(), at);
        node.put("messageId", message.getId());
        putIfPresent(node, "clientRef", message.getClientRef());
        node.put("kind", message.getKind().name());
        node.put("to", message.getRecipient());
        node.put("state", message.getState().name());
        if (message.getParts() > 0) {
            node.put("parts", message.getParts());
        }
        putIfPresent(node, "connector", message.getConnector());
        putIfPresent(node, "reason", message.getFailureReason());
        return write(node);
    }

    /** A {@code porter.sms.inbound} event; an over-long text is cut to what the table holds. */
    static String inbound(InboxMessage message) {
        ObjectNode node = header("INBOUND", message.getReceivedAt());
        node.put("messageId", message.getId());
        node.put("from", message.getSender());
        putIfPresent(node, "to", message.getRecipient());
        node.put("connector", message.getConnector());
        if (message.getSmscTimestamp() != null) {
            node.put("smscTimestamp", message.getSmscTimestamp().toString());
        }
        node.put("incomplete", message.isIncomplete());
        String body = withText(node, message.getText());
        // JSON escapes (control characters) can make a 4000-character text longer than the table's
        // column; the event keeps its place in the stream with the text shortened.
        int cut = message.getText().length();
        while (body.length() > IntegrationEvent.MAX_BODY && cut > 0) {
            cut = cut / 2;
            node.put("truncated", true);
            body = withText(node, message.getText().substring(0, cut));
        }
        return body;
    }

    /** {@code DOOR_OPENED}, {@code ACCESS_DENIED} or {@code DOOR_FAILED}. */
    static String access(AccessRecord record, Door door, Card card) {
        ObjectNode node = header(accessType(record), record.getAt());
        putDoor(node, door);
        node.put("result", record.getResult().name());
        if (card != null) {
            node.put("card", card.getNumber());
        }
        if (record.getPass() != null) {
            node.put("passId", record.getPass().getId());
        }
        putIfPresent(node, "phone", record.getPhone());
        putIfPresent(node, "detail", record.getDetail());
        return write(node);
    }

    static String accessType(AccessRecord record) {
        return switch (record.getResult()) {
            case GRANTED -> "DOOR_OPENED";
            case DENIED -> "ACCESS_DENIED";
            case FAILED -> "DOOR_FAILED";
        };
    }

    /** {@code DOOR_ALARM}. */
    static String alarm(Door door, String kind, Instant at) {
        ObjectNode node = header("DOOR_ALARM", at);
        putDoor(node, door);
        node.put("kind", kind);
        return write(node);
    }

    /** {@code PASS_ISSUED}; the pass code itself opens doors and is not published. */
    static String passIssued(VisitorPass pass, Room room, OrgNode community) {
        ObjectNode node = header("PASS_ISSUED", pass.getCreatedAt());
        node.put("passId", pass.getId());
        node.put("community", community.getCode());
        node.put("room", room.getCode());
        node.put("visitorPhone", pass.getVisitorPhone());
        node.put("visitorType", pass.getType().name());
        node.put("validFrom", pass.getValidFrom().toString());
        node.put("validTo", pass.getValidTo().toString());
        return write(node);
    }

    /** {@code CARD_LOST} or {@code CARD_UNBLOCKED}. */
    static String card(String type, String cardNumber, OrgNode community, String caseNumber, Instant at) {
        ObjectNode node = header(type, at);
        node.put("card", cardNumber);
        node.put("community", community.getCode());
        putIfPresent(node, "caseNumber", caseNumber);
        return write(node);
    }

    private static void putDoor(ObjectNode node, Door door) {
        node.put("door", door.getCode());
        node.put("doorName", door.getName());
        node.put("community", door.getCommunity().getCode());
        node.put("controllerId", door.getControllerId());
    }

    private static ObjectNode header(String type, Instant at) {
        ObjectNode node = JSON.createObjectNode();
        node.put("schema", IntegrationAddresses.SCHEMA);
        node.put("type", type);
        node.put("at", at.toString());
        return node;
    }

    private static String withText(ObjectNode node, String text) {
        node.put("text", text);
        return write(node);
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
            throw new IllegalStateException("cannot write an integration event", e);
        }
    }
}
