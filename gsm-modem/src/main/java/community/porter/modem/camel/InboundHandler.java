package community.porter.modem.camel;

/**
 * Takes what a {@link ModemWorker} found in its storage. Implemented by {@link GsmConsumer}: it
 * routes the item, then calls {@link ModemWorker#acknowledge} when the route stored it, or
 * {@link ModemWorker#release} when it did not, so the next sweep offers it again.
 */
interface InboundHandler {

    /**
     * @param modem where it was stored
     * @param item  the message, malformed message or status report
     */
    void received(ModemWorker modem, StoredItem item);
}
