package community.porter.modem.camel;

import community.porter.sms.AckListener;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what the pool's modems store into exchanges: one {@code InboundSms} per message (long
 * ones from all their parts) or one {@code DeliveryReceipt} per status report.
 *
 * <p>The durability contract (SPEC §5): a stored message is deleted from its modem only after
 * its exchange completed without an exception, i.e. after the route stored it. When the exchange
 * fails it stays on the modem and the next sweep offers it again. A crash between the route's
 * commit and the delete makes the modem offer it again after the restart; the inbox recognises
 * the copy by sender, SMSC time stamp and text. A stored PDU that does not decode is routed
 * with {@link GsmBinding#MALFORMED_HEADER} so the route records it as rejected, and then
 * deleted like any other.
 */
public class GsmConsumer extends DefaultConsumer implements InboundHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GsmConsumer.class);

    private final GsmEndpoint endpoint;
    private GsmPool pool;

    public GsmConsumer(GsmEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        pool = endpoint.acquirePool();
        pool.receive(this);
    }

    @Override
    protected void doStop() throws Exception {
        if (pool != null) {
            pool.stopReceiving();
            endpoint.releasePool(pool);
            pool = null;
        }
        super.doStop();
    }

    @Override
    public void received(ModemWorker modem, StoredItem item) {
        if (item.malformed() != null) {
            LOG.warn("gsm pool '{}': modem '{}' holds a malformed message, passed on as rejected: {}", endpoint.getPool(),
                    modem.name(), item.malformed());
        }
        Exchange exchange = createExchange(false);
        exchange.getIn().setBody(item.body());
        exchange.getIn().setHeader(GsmBinding.MODEM_HEADER, modem.name());
        if (item.malformed() != null) {
            exchange.getIn().setHeader(GsmBinding.MALFORMED_HEADER, item.malformed());
        }
        try {
            getAsyncProcessor().process(exchange, doneSync -> done(modem, item, exchange));
        } catch (RuntimeException e) {
            exchange.setException(e);
            done(modem, item, exchange);
        }
    }

    private void done(ModemWorker modem, StoredItem item, Exchange exchange) {
        try {
            boolean stored = exchange.getException() == null && !exchange.isRollbackOnly();
            if (!stored) {
                modem.release(item);
                getExceptionHandler().handleException("gsm pool '" + endpoint.getPool() + "': exchange failed; the message"
                        + " stays on modem '" + modem.name() + "' for the next sweep", exchange, exchange.getException());
                return;
            }
            Long inboxId = exchange.getMessage().getHeader(AckListener.INBOX_ID_HEADER, Long.class);
            modem.acknowledge(item, deleted -> tellAckListener(inboxId, deleted));
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private void tellAckListener(Long inboxId, boolean deleted) {
        AckListener listener = endpoint.getConfiguration().getAckListener();
        if (listener == null || inboxId == null) {
            return;
        }
        try {
            if (deleted) {
                listener.acknowledged(endpoint.getPool(), inboxId);
            } else {
                listener.acknowledgementLost(endpoint.getPool(), inboxId);
            }
        } catch (RuntimeException e) {
            LOG.warn("gsm pool '{}': ack listener failed for inbox id {}", endpoint.getPool(), inboxId, e);
        }
    }
}
