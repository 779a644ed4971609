package community.porter.access.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.access.card.Card;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeType;
import community.porter.access.person.Person;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class DoorGrantTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OrgNode COMMUNITY = new OrgNode(OrgNodeType.COMMUNITY, "DEMO", "演示小区");
    private static final Card CARD = new Card("C1", new Person("保洁", null, Instant.EPOCH),
            COMMUNITY, Instant.EPOCH);
    private static final Door DOOR = new Door(COMMUNITY, COMMUNITY, "GATE", null, "ctl-gate");

    /** 2026-11-23 is a Monday. */
    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aWeekdayDaytimeSlotAllowsOnlyThoseDaysAndHoursInTheCommunitysZone() {
        int weekdays = DoorGrant.weekdayMask(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        DoorGrant grant = new DoorGrant(CARD, DOOR, weekdays, LocalTime.of(8, 0),
                LocalTime.of(18, 0), null);

        assertThat(grant.allowsAt(local("2026-11-23T08:00"), SHANGHAI)).isTrue();
        assertThat(grant.allowsAt(local("2026-11-23T17:59"), SHANGHAI)).isTrue();
        assertThat(grant.allowsAt(local("2026-11-23T18:00"), SHANGHAI)).isFalse();
        assertThat(grant.allowsAt(local("2026-11-23T07:59"), SHANGHAI)).isFalse();
        assertThat(grant.allowsAt(local("2026-11-28T10:00"), SHANGHAI)).as("Saturday").isFalse();
    }

    @Test
    void aNightSlotRunsPastMidnight() {
        DoorGrant grant = new DoorGrant(CARD, DOOR, DoorGrant.ALL_WEEK, LocalTime.of(22, 0),
                LocalTime.of(6, 0), null);

        assertThat(grant.allowsAt(local("2026-11-23T23:30"), SHANGHAI)).isTrue();
        assertThat(grant.allowsAt(local("2026-11-24T05:59"), SHANGHAI)).isTrue();
        assertThat(grant.allowsAt(local("2026-11-24T06:00"), SHANGHAI)).isFalse();
        assertThat(grant.allowsAt(local("2026-11-24T12:00"), SHANGHAI)).isFalse();
    }

    @Test
    void noSlotMeansAllDayUntilTheGrantEnds() {
        DoorGrant grant = new DoorGrant(CARD, DOOR, DoorGrant.ALL_WEEK, null, null,
                local("2026-12-01T00:00"));

        assertThat(grant.allowsAt(local("2026-11-30T23:59"), SHANGHAI)).isTrue();
        assertThat(grant.allowsAt(local("2026-12-01T00:00"), SHANGHAI)).isFalse();
    }

    @Test
    void aSlotNeedsBothEndsAndTheMaskSevenBits() {
        assertThatThrownBy(() -> new DoorGrant(CARD, DOOR, 1, LocalTime.NOON, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DoorGrant(CARD, DOOR, 128, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
