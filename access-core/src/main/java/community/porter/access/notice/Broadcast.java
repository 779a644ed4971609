package community.porter.access.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One broadcast: who asked for it, its text and target, when it may go and until when, and how
 * far it got. Its recipients are rows of their own ({@code broadcast_recipient}), written once
 * when it is expanded.
 */
@Entity
@Table(name = "broadcast")
public class Broadcast {

    /** Where a broadcast is. */
    public enum State {
        /** Stored, recipients not resolved yet. */
        SCHEDULED,
        /** Recipients resolved and stored; nothing released yet (schedule, quiet hours). */
        EXPANDED,
        /** Some recipients have been handed to the outbox. */
        SENDING,
        /** Every recipient was released and has left the outbox. */
        DONE,
        /** Stopped by staff: recipients not released by then are never sent. */
        CANCELLED,
        /** Its validity ended before every recipient could be released. */
        EXPIRED;

        /** True for a state nothing more happens in. */
        public boolean isFinal() {
            return this == DONE || this == CANCELLED || this == EXPIRED;
        }
    }

    /** Who asked for a broadcast. */
    public enum AuthorKind {
        /** Staff by SMS ({@code GB}); the author is the phone number. */
        PHONE,
        /** A console user; the author is the user name. */
        CONSOLE,
        /** Another application through the REST API; the author is the API client. */
        API
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind", nullable = false, length = 16)
    private AuthorKind authorKind;

    @Column(nullable = false, length = 100)
    private String author;

    @Column(name = "inbox_id")
    private Long inboxId;

    @Column(nullable = false, length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 16)
    private BroadcastTarget.Kind targetKind;

    @Column(name = "target_channel", length = 8)
    private String targetChannel;

    @Column(name = "target_scope", length = 32)
    private String targetScope;

    @Column(name = "target_roles", length = 64)
    private String targetRoles;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expanded_at")
    private Instant expandedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Broadcast() {
    }

    /**
     * A new broadcast, not expanded yet.
     *
     * @param scheduledAt when it may start; the creation time for "now"
     * @param validUntil  after this nothing more is released; {@code null} for no end
     */
    public Broadcast(long communityId, AuthorKind authorKind, String author, Long inboxId, String text,
            BroadcastTarget target, boolean urgent, Instant scheduledAt, Instant validUntil, Instant createdAt) {
        this.communityId = communityId;
        this.authorKind = Objects.requireNonNull(authorKind, "authorKind");
        this.author = Objects.requireNonNull(author, "author");
        this.inboxId = inboxId;
        this.text = Objects.requireNonNull(text, "text");
        this.targetKind = target.kind();
        this.targetChannel = target.channel();
        this.targetScope = target.scope();
        this.targetRoles = target.roles().isEmpty() && !target.staff() ? null : rolesColumn(target);
        this.urgent = urgent;
        this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt");
        this.validUntil = validUntil;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = State.SCHEDULED;
    }

    private static String rolesColumn(BroadcastTarget target) {
        String roles = target.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        return target.staff() ? (roles.isEmpty() ? BroadcastTarget.STAFF : roles + "," + BroadcastTarget.STAFF) : roles;
    }

    /** Its recipients are stored. */
    void expanded(Instant at) {
        state = State.EXPANDED;
        expandedAt = at;
    }

    /** The first recipients went to the outbox. */
    void sending() {
        if (state == State.EXPANDED) {
            state = State.SENDING;
        }
    }

    /** Nothing more will happen: {@code DONE}, {@code CANCELLED} or {@code EXPIRED}. */
    void finish(State finalState, Instant at) {
        if (!finalState.isFinal()) {
            throw new IllegalArgumentException("not a final state: " + finalState);
        }
        state = finalState;
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public AuthorKind getAuthorKind() {
        return authorKind;
    }

    public String getAuthor() {
        return author;
    }

    public Long getInboxId() {
        return inboxId;
    }

    public String getText() {
        return text;
    }

    public BroadcastTarget.Kind getTargetKind() {
        return targetKind;
    }

    public String getTargetChannel() {
        return targetChannel;
    }

    public String getTargetScope() {
        return targetScope;
    }

    public String getTargetRoles() {
        return targetRoles;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public State getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpandedAt() {
        return expandedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
