package community.porter.sms;

/**
 * Written by an outbound transport the moment its peer accepts a part (an SMSC's submit_sm_resp,
 * a modem's +CMGS answer), before the next part goes and long before the outbox records the
 * message in the database. A process killed between the two would otherwise send an accepted
 * message whole a second time after a restart; with the journal, the restart records what was
 * accepted and sends only the rest (SPEC §5: no second copy of what was accepted).
 *
 * <p>Implementations are thread-safe, cheap (called once per part on the send path) and never
 * throw: the part is accepted already, and a journal that cannot write must not turn that into
 * a failed send.
 */
@FunctionalInterface
public interface AcceptanceJournal {

    /** For transports and tests without a journal: forgets everything. */
    AcceptanceJournal NONE = (outboxId, connector, partNo, totalParts, transportId) -> {
    };

    /**
     * One part was accepted.
     *
     * @param outboxId    the outbox message the part belongs to ({@link OutboundSms#id()})
     * @param connector   the connection or modem that accepted it
     * @param partNo      which part, 1-based
     * @param totalParts  how many parts the message has
     * @param transportId the SMSC message id (or modem message reference) of the part
     */
    void accepted(long outboxId, String connector, int partNo, int totalParts, String transportId);
}
