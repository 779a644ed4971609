package community.porter.access.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Quiet hours as {@code porter.broadcasts.quiet-hours} writes them, and the settings they belong to. */
class QuietHoursTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Configuration
    @EnableConfigurationProperties(BroadcastsProperties.class)
    static class Settings {
    }

    @Test
    void aSpanPastMidnightWrapsWithItsStartInsideAndItsEndOutside() {
        QuietHours night = QuietHours.parse("22:00-07:00");

        assertThat(night.contains(LocalTime.of(22, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(3, 15))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
        assertThat(night.contains(LocalTime.of(21, 59))).isFalse();
    }

    @Test
    void aSpanWithinOneDayAndNoSpanAtAll() {
        QuietHours lunch = QuietHours.parse(" 12:00 - 13:30 ");
        assertThat(lunch.contains(LocalTime.of(12, 45))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 30))).isFalse();
        assertThat(QuietHours.parse("")).isEqualTo(QuietHours.NONE);
        assertThat(QuietHours.NONE.contains(LocalTime.of(23, 0))).isFalse();
        assertThat(QuietHours.parse("7:00-9:00").start()).isEqualTo(LocalTime.of(7, 0));
    }

    @Test
    void anInstantIsReadInTheCommunitysZone() {
        QuietHours night = QuietHours.parse("22:00-07:00");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        assertThat(night.contains(Instant.parse("2026-11-23T15:00:00Z"), shanghai)).as("23:00 in Beijing").isTrue();
        assertThat(night.contains(Instant.parse("2026-11-23T02:00:00Z"), shanghai)).as("10:00 in Beijing").isFalse();
    }

    @Test
    void aSpanThatIsNoSpanIsRefusedWithTheReason() {
        assertThatThrownBy(() -> QuietHours.parse("10pm-7am")).hasMessageContaining("HH:mm-HH:mm");
        assertThatThrownBy(() -> QuietHours.parse("25:00-07:00")).hasMessageContaining("HH:mm-HH:mm");
    }

    @Test
    void theSettingsHaveDefaultsAndAWrongSettingStopsStartUp() {
        context.run(c -> {
            BroadcastsProperties properties = c.getBean(BroadcastsProperties.class);
            assertThat(properties.quiet()).isEqualTo(QuietHours.parse("22:00-07:00"));
            assertThat(properties.window()).isEqualTo(500);
            assertThat(properties).isEqualTo(BroadcastsProperties.defaults());
        });
        context.withPropertyValues("porter.broadcasts.quiet-hours=late").run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().hasMessageContaining("HH:mm-HH:mm"));
        context.withPropertyValues("porter.broadcasts.window=0").run(c -> assertThat(c).hasFailed());
        context.withPropertyValues("porter.broadcasts.quiet-hours=").run(c -> assertThat(
                c.getBean(BroadcastsProperties.class).quiet()).isEqualTo(QuietHours.NONE));
    }
}
