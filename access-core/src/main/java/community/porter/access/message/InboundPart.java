package community.porter.access.message;

import community.porter.sms.PendingPartStore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One part of a long inbound message, kept from its arrival until its whole message is stored
 * in the inbox, and then remembered as taken for a while (see {@link InboundParts}).
 */
@Entity
@Table(name = "inbound_part")
public class InboundPart {

    /** Longest part text kept; a PDU's short message holds far less, a stray payload may not. */
    public static final int MAX_TEXT = 4000;
    /** Longest malformed note kept. */
    public static final int MAX_NOTE = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String sender;
    private String recipient;

    @Column(name = "concat_ref")
    private int reference;

    @Column(name = "part_count")
    private int total;

    @Column(name = "sixteen_bit_ref")
    private boolean sixteenBitReference;

    @Column(name = "part_no")
    private int sequence;

    private String connector;
    private String text;

    @Column(name = "smsc_message_id")
    private String smscMessageId;

    @Column(name = "received_at")
    private Instant receivedAt;

    private String malformed;

    @Column(name = "taken_at")
    private Instant takenAt;

    protected InboundPart() {
    }

    /** A waiting part; a text too long to keep is cut and the cut noted as malformed. */
    public InboundPart(PendingPartStore.Part part) {
        PendingPartStore.Group group = part.group();
        this.sender = group.sender();
        this.recipient = group.recipient();
        this.reference = group.reference();
        this.total = group.total();
        this.sixteenBitReference = group.sixteenBitReference();
        this.sequence = part.sequence();
        this.connector = part.connector();
        this.smscMessageId = part.transportId();
        this.receivedAt = part.receivedAt();
        String note = part.malformed();
        this.text = keptText(part.text());
        if (this.text.length() < part.text().length()) {
            note = (note == null ? "" : note + "; ") + "part text cut to " + MAX_TEXT + " characters";
        }
        this.malformed = note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }

    /** @return what is kept of a part's text: all of it, or its first {@link #MAX_TEXT} characters */
    static String keptText(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    /** @return the part as the transport sees it */
    public PendingPartStore.Part toPart() {
        return new PendingPartStore.Part(id, group(), sequence, connector, text, smscMessageId, receivedAt, malformed);
    }

    public PendingPartStore.Group group() {
        return new PendingPartStore.Group(sender, recipient, reference, total, sixteenBitReference);
    }

    public Long getId() {
        return id;
    }

    public int getSequence() {
        return sequence;
    }

    public String getText() {
        return text;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public boolean isWaiting() {
        return takenAt == null;
    }
}
