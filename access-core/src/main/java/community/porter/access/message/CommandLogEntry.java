package community.porter.access.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one command-log row of an inbound message: what it asked for and how that ended. */
@Entity
@Table(name = "command_log")
public class CommandLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inbox_id")
    private long inboxId;

    private String phone;
    private String text;

    /** The command code ({@code KM}, {@code H} …), or null when none was recognised. */
    private String command;

    @Enumerated(EnumType.STRING)
    private CommandOutcome outcome;

    @Column(name = "reply_count")
    private int replyCount;

    private String detail;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected CommandLogEntry() {
    }

    public CommandLogEntry(long inboxId, String phone, String text, String command, CommandOutcome outcome,
            int replyCount, String detail, Instant receivedAt, Instant handledAt) {
        this.inboxId = inboxId;
        this.phone = phone;
        this.text = text;
        this.command = command;
        this.outcome = outcome;
        this.replyCount = replyCount;
        this.detail = detail == null || detail.length() <= 255 ? detail : detail.substring(0, 255);
        this.receivedAt = receivedAt;
        this.handledAt = handledAt;
    }

    public Long getId() {
        return id;
    }

    public long getInboxId() {
        return inboxId;
    }

    public String getPhone() {
        return phone;
    }

    public String getText() {
        return text;
    }

    public String getCommand() {
        return command;
    }

    public CommandOutcome getOutcome() {
        return outcome;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getHandledAt() {
        return handledAt;
    }
}
