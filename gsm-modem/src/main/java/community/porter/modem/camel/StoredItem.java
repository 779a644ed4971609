package community.porter.modem.camel;

import java.util.List;

/**
 * One thing to route from a modem's storage, with the storage indexes to delete once it is
 * stored: an {@code InboundSms} (long ones from all their parts), or a {@code DeliveryReceipt}.
 *
 * @param body      the {@code InboundSms} or {@code DeliveryReceipt}
 * @param malformed what was wrong with the stored PDU, or {@code null}
 * @param indexes   where its parts are stored; empty for a status report the modem routed
 *                  directly (+CDS), which nothing needs to delete
 * @param memory    the storage the indexes are in when it is not the modem's configured one
 *                  (status reports that some modems keep in {@code SR}), else {@code null}
 */
record StoredItem(Object body, String malformed, List<Integer> indexes, String memory) {

    StoredItem(Object body, String malformed, List<Integer> indexes) {
        this(body, malformed, indexes, null);
    }

    StoredItem {
        indexes = List.copyOf(indexes);
    }
}
