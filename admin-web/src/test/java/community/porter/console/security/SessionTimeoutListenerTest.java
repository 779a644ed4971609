package community.porter.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

class SessionTimeoutListenerTest {

    @Test
    void aNewSessionEndsAfterTheConfiguredIdleTime() {
        var session = new MockHttpSession();
        new SessionTimeoutListener(Duration.ofMinutes(30)).sessionCreated(new HttpSessionEvent(session));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(1800);
    }
}
