package community.porter.console.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;

/**
 * Gives each new session the console's idle time-out ({@code porter.console.session-timeout}).
 * Set per session rather than through the container so the rule holds in any servlet container
 * and cannot silently differ from what the console documents.
 */
final class SessionTimeoutListener implements HttpSessionListener {

    private final int seconds;

    SessionTimeoutListener(Duration timeout) {
        this.seconds = Math.toIntExact(timeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }
}
