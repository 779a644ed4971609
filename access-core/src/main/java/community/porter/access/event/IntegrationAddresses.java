package community.porter.access.event;

/** The broker addresses Porter publishes events for other applications on (docs/integration.md). */
public final class IntegrationAddresses {

    /** Topic: what became of messages other applications sent. */
    public static final String SMS_STATUS = "porter.sms.status";
    /** Topic: every stored inbound message. */
    public static final String SMS_INBOUND = "porter.sms.inbound";
    /** Topic: doors opened and refused, passes issued, cards lost and unblocked, door alarms. */
    public static final String ACCESS_EVENTS = "porter.access.events";
    /** The version of every body Porter writes on these addresses. */
    public static final int SCHEMA = 1;

    private IntegrationAddresses() {
    }
}
