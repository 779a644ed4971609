package community.porter.routes;

import community.porter.access.message.DeliveryReceipts;
import community.porter.access.message.Inbox;
import community.porter.access.message.StoredInbound;
import community.porter.sms.AckListener;
import community.porter.sms.DeliveryReceipt;
import community.porter.sms.InboundSms;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * From each transport: a message is stored (committed) before the exchange completes — the
 * transport acknowledges it only then — and its id is handed to the command route; a receipt is
 * applied to the part it reports on, or kept until that part is recorded, committed before the
 * exchange completes just the same.
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
        String commands = Endpoints.producer(Endpoints.COMMANDS, properties.queueSize());
        for (String uri : transports.inbound()) {
            from(uri).routeId("inbound:" + uri)
                .choice()
                    .when(body().isInstanceOf(DeliveryReceipt.class))
                        .process(e -> receipts.record(e.getMessage().getBody(DeliveryReceipt.class)))
                    .otherwise()
                        .process(e -> {
                            StoredInbound stored = inbox.store(e.getMessage().getBody(InboundSms.class));
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
}
