package community.porter.access.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassValidityPolicyTest {

    /** 09:30 in Beijing. */
    private static final Instant MORNING = Instant.parse("2026-11-23T01:30:00Z");

    private final PassValidityPolicy policy = new PassValidityPolicy(VisitorsProperties.defaults());

    @Test
    void aFrequentCourierGetsThirtyDaysAndAnOccasionalOneADay() {
        assertThat(policy.validTo(VisitorType.KD, 4, Optional.empty(), MORNING))
                .isEqualTo(MORNING.plus(Duration.ofDays(30)));
        assertThat(policy.validTo(VisitorType.WM, 3, Optional.empty(), MORNING))
                .isEqualTo(MORNING.plus(Duration.ofDays(1)));
    }

    @Test
    void maintenanceAndWaterDeliveryGetADayHoweverOftenTheyCome() {
        assertThat(policy.validTo(VisitorType.WX, 10, Optional.empty(), MORNING))
                .isEqualTo(MORNING.plus(Duration.ofDays(1)));
        assertThat(policy.validTo(VisitorType.SS, 10, Optional.empty(), MORNING))
                .isEqualTo(MORNING.plus(Duration.ofDays(1)));
    }

    @Test
    void aGuestPassEndsAt2359InTheCommunitysTimeZone() {
        assertThat(policy.validTo(VisitorType.FK, 0, Optional.empty(), MORNING))
                .isEqualTo(Instant.parse("2026-11-23T15:59:00Z"));
    }

    @Test
    void invitedDaysEndAt2359OfTheLastDay() {
        assertThat(policy.validTo(VisitorType.FK, 0, Optional.of(3), MORNING))
                .isEqualTo(Instant.parse("2026-11-25T15:59:00Z"));
        assertThat(policy.validTo(VisitorType.WX, 0, Optional.of(1), MORNING))
                .isEqualTo(Instant.parse("2026-11-23T15:59:00Z"));
    }

    @Test
    void aGuestAskingInTheLastMinuteOfTheDayGetsTheNextDay() {
        Instant late = Instant.parse("2026-11-23T15:59:30Z");
        assertThat(policy.validTo(VisitorType.FK, 0, Optional.empty(), late))
                .isEqualTo(Instant.parse("2026-11-24T15:59:00Z"));
    }
}
