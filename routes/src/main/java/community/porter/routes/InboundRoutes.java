package community.porter.routes;

import community.porter.access.message.DeliveryReceipts;
import community.porter.access.message.Inbox;
import community.porter.access.message.LongMessageStoredAlreadyException;
import community.porter.access.message.StoredInbound;
import community.porter.sms.AckListener;
import community.porter.sms.DeliveryReceipt;
import community.porter.sms.InboundSms;
import community.porter.sms.PendingPartStore;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * From each transport: a message is stored (committed) before the exchange completes — the
 * transport acknowledges it only then — and its id is handed to the command route; a receipt is
 * applied to the part it reports on, or kept until that part is recorded, committed before the
 * exchange completes just the same. A long message put together from waiting parts takes them
 * in the transaction that stores it ({@link PendingPartStore#PART_IDS_HEADER}).
 */
@Component
class InboundRoutes extends RouteBuilder {

    private final TransportEndpoints transports;
    private final RoutesProperties properties;
    private final Inbox inbox;
    private final DeliveryReceipts receipts;

    InboundRoutes(TransportEndpoints transports, RoutesProperties properties, Inbox inbox, DeliveryReceipts receipts) {
        this.transports = transports;
        this.properties = properties;
        this.inbox = inbox;
        this.receipts = receipts;
    }

    @Override
    public void configure() {
        // Two completions of one long message raced and the other stored it: done, acknowledge.
        onException(LongMessageStoredAlreadyException.class)
            .handled(true)
            .log(LoggingLevel.DEBUG, "${exception.message}");

        String commands = Endpoints.producer(Endpoints.COMMANDS, properties.queueSize());
        for (String uri : transports.inbound()) {
            from(uri).routeId("inbound:" + uri)
                .choice()
                    .when(body().isInstanceOf(DeliveryReceipt.class))
                        .process(e -> receipts.record(e.getMessage().getBody(DeliveryReceipt.class)))
                    .otherwise()
                        .process(e -> {
                            StoredInbound stored = inbox.store(e.getMessage().getBody(InboundSms.class), partIds(e));
                            // Taken with the message: the transport need not take them itself.
                            e.getMessage().removeHeader(PendingPartStore.PART_IDS_HEADER);
                            e.getMessage().setHeader(AckListener.INBOX_ID_HEADER, stored.inboxId());
                            e.setProperty("porterDuplicate", stored.isDuplicate());
                        })
                        .filter(exchangeProperty("porterDuplicate").isEqualTo(false))
                            .setBody(header(AckListener.INBOX_ID_HEADER))
                            .to(commands)
                        .end()
                .end();
        }
    }

    /** The waiting parts a long message was put together from; none for other messages. */
    @SuppressWarnings("unchecked")
    private static List<Long> partIds(Exchange exchange) {
        List<Long> ids = exchange.getMessage().getHeader(PendingPartStore.PART_IDS_HEADER, List.class);
        return ids == null ? List.of() : ids;
    }
}
