package community.porter.routes.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.access.message.AppMessage;
import community.porter.access.message.AppPriority;
import community.porter.access.visitor.KioskVisitRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads what other applications send Porter, schema {@value #SCHEMA} (docs/integration.md): a
 * message to send ({@code porter.sms.outbound}) and a kiosk's visit request
 * ({@code porter.visitor.requests}). Strict about the shape of what it needs, silent about fields
 * it does not know; whether the values make sense (a phone number, a room) is for the services.
 */
public final class IntegrationJson {

    /** The schema version this class reads. */
    public static final int SCHEMA = 1;
    /** The {@code origin} recorded for messages that came through the queue. */
    static final String ORIGIN = "queue";

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntegrationJson() {
    }

    /**
     * Reads a {@code porter.sms.outbound} body: {@code {schema, to, text, validUntil?, priority?, clientRef?}}.
     *
     * @throws IntegrationMessageException when it cannot be read
     */
    public static AppMessage appMessage(String json) {
        JsonNode node = parse(json);
        return new AppMessage(text(node, "to"), text(node, "text"), instant(node, "validUntil"),
                priority(node), optional(node, "clientRef"), ORIGIN);
    }

    /**
     * Reads a {@code porter.visitor.requests} body:
     * {@code {schema, kiosk, requestRef, visitorPhone, visitorName, type?, room}}.
     *
     * @throws IntegrationMessageException when it cannot be read
     */
    public static KioskVisitRequest visitRequest(String json) {
        JsonNode node = parse(json);
        return new KioskVisitRequest(text(node, "kiosk"), text(node, "requestRef"), text(node, "visitorPhone"),
                text(node, "visitorName"), optional(node, "type"), text(node, "room"));
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new IntegrationMessageException("empty message");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IntegrationMessageException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IntegrationMessageException("not a JSON object");
        }
        JsonNode schema = node.path("schema");
        if (schema.isMissingNode() || schema.isNull()) {
            throw new IntegrationMessageException("schema is required (" + SCHEMA + ")");
        }
        if (!schema.isInt() || schema.asInt() != SCHEMA) {
            throw new IntegrationMessageException("unknown schema " + schema + "; this Porter reads schema " + SCHEMA);
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            throw new IntegrationMessageException(field + " is required");
        }
        return value;
    }

    /** A string field, or null when absent, null or blank; any other type is an error. */
    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IntegrationMessageException(field + " must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IntegrationMessageException(field + " is not an ISO-8601 instant: " + value, e);
        }
    }

    private static AppPriority priority(JsonNode node) {
        String value = optional(node, "priority");
        if (value == null) {
            return null;
        }
        try {
            return AppPriority.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IntegrationMessageException("priority must be URGENT, NORMAL or BULK, was " + value, e);
        }
    }
}
