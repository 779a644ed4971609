package community.porter.command.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The rate limiter's counters of idle phones are dropped on a schedule, not only when someone asks. */
@SpringBootTest
class RateLimiterHousekeepingTest {

    @Autowired ScheduledTaskHolder scheduling;

    @Test
    void forgettingIdlePhonesIsScheduled() {
        assertThat(scheduling.getScheduledTasks()).map(task -> task.getTask().toString())
                .contains(PhoneRateLimiter.class.getName() + ".forgetIdle");
    }
}
