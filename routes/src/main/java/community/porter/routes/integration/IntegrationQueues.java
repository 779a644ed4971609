package community.porter.routes.integration;

/** The queues other applications send Porter messages on, and where Porter puts those it refused. */
public final class IntegrationQueues {

    /** Anycast: messages to send, {@code {schema, to, text, validUntil?, priority?, clientRef?}}. */
    public static final String SMS_OUTBOUND = "porter.sms.outbound";
    /** Messages from {@link #SMS_OUTBOUND} Porter refused, unchanged, with a {@link #REASON}. */
    public static final String SMS_OUTBOUND_DLQ = "porter.sms.outbound.dlq";
    /** Anycast: kiosks' visit requests. */
    public static final String VISITOR_REQUESTS = "porter.visitor.requests";
    /** Requests from {@link #VISITOR_REQUESTS} Porter refused, unchanged, with a {@link #REASON}. */
    public static final String VISITOR_REQUESTS_DLQ = "porter.visitor.requests.dlq";
    /** The message property saying why a message was dead-lettered. */
    public static final String REASON = "reason";
    /** The message property naming the field at fault, where one is. */
    public static final String FIELD = "field";

    private IntegrationQueues() {
    }
}
