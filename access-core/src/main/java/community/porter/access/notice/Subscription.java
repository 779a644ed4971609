package community.porter.access.notice;

import community.porter.access.person.Phone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A phone's choice about one notice channel ({@code DY} / {@code TD}). */
@Entity
@Table(name = "subscription")
public class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phone_id", nullable = false)
    private Phone phone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "channel_id", nullable = false)
    private NoticeChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubscriptionState state;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Subscription() {
    }

    public Subscription(Phone phone, NoticeChannel channel, SubscriptionState state,
            Instant changedAt) {
        this.phone = Objects.requireNonNull(phone, "phone");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.state = Objects.requireNonNull(state, "state");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    public boolean isSubscribed() {
        return state == SubscriptionState.SUBSCRIBED;
    }

    public void subscribe(Instant now) {
        change(SubscriptionState.SUBSCRIBED, now);
    }

    public void optOut(Instant now) {
        change(SubscriptionState.OPTED_OUT, now);
    }

    private void change(SubscriptionState newState, Instant now) {
        state = newState;
        changedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Phone getPhone() {
        return phone;
    }

    public NoticeChannel getChannel() {
        return channel;
    }

    public SubscriptionState getState() {
        return state;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
