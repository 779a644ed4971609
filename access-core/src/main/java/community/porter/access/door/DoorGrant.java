package community.porter.access.door;

import community.porter.access.card.Card;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A right for a card to open a door beyond the holder's own rooms (a cleaner, a gardener), on
 * some weekdays, within a daily time slot, until an end date.
 *
 * <p>{@code weekdays} is a bit mask, bit 0 Monday to bit 6 Sunday. A slot whose end is before
 * its start runs past midnight; no slot means all day.
 */
@Entity
@Table(name = "door_grant")
public class DoorGrant {

    /** Every day of the week. */
    public static final int ALL_WEEK = 0b111_1111;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "card_id", nullable = false)
    private Card card;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "door_id", nullable = false)
    private Door door;

    @Column(nullable = false)
    private int weekdays;

    @Column(name = "time_from")
    private LocalTime timeFrom;

    @Column(name = "time_to")
    private LocalTime timeTo;

    @Column(name = "valid_to")
    private Instant validTo;

    protected DoorGrant() {
    }

    public DoorGrant(Card card, Door door, int weekdays, LocalTime timeFrom, LocalTime timeTo,
            Instant validTo) {
        if (weekdays < 0 || weekdays > ALL_WEEK) {
            throw new IllegalArgumentException("weekdays is a 7-bit mask: " + weekdays);
        }
        if ((timeFrom == null) != (timeTo == null)) {
            throw new IllegalArgumentException("a time slot needs both ends");
        }
        this.card = Objects.requireNonNull(card, "card");
        this.door = Objects.requireNonNull(door, "door");
        this.weekdays = weekdays;
        this.timeFrom = timeFrom;
        this.timeTo = timeTo;
        this.validTo = validTo;
    }

    /** The weekday mask for a set of days. */
    public static int weekdayMask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    /** True when the grant allows opening at {@code instant}, in the community's time zone. */
    public boolean allowsAt(Instant instant, ZoneId zone) {
        if (validTo != null && !instant.isBefore(validTo)) {
            return false;
        }
        ZonedDateTime local = instant.atZone(zone);
        if ((weekdays & (1 << (local.getDayOfWeek().getValue() - 1))) == 0) {
            return false;
        }
        if (timeFrom == null) {
            return true;
        }
        LocalTime time = local.toLocalTime();
        boolean wrapsMidnight = timeTo.isBefore(timeFrom);
        return wrapsMidnight
                ? !time.isBefore(timeFrom) || time.isBefore(timeTo)
                : !time.isBefore(timeFrom) && time.isBefore(timeTo);
    }

    public Long getId() {
        return id;
    }

    public Card getCard() {
        return card;
    }

    public Door getDoor() {
        return door;
    }

    public int getWeekdays() {
        return weekdays;
    }

    public LocalTime getTimeFrom() {
        return timeFrom;
    }

    public LocalTime getTimeTo() {
        return timeTo;
    }

    public Instant getValidTo() {
        return validTo;
    }
}
