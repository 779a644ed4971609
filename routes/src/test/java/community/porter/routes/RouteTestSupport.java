package community.porter.routes;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.seda.SedaEndpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

/** What every route test needs between its steps: a deadline, a way to wait for quiet, a clean slate. */
final class RouteTestSupport {

    /** The longest any test waits for the routes to reach a state. */
    static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(100);

    private RouteTestSupport() {
    }

    /**
     * Waits until the routes have nothing left to do: every hand-over queue empty and no
     * exchange in flight (a redelivery waiting for its back-off counts as in flight), for long
     * enough that an exchange just taken off a queue has shown up as in flight.
     */
    static void awaitQuiet(CamelContext camel) {
        await("routes at rest").during(QUIET).atMost(DEADLINE).until(() -> camel.getInflightRepository().size() == 0
                && camel.getEndpoints().stream().filter(SedaEndpoint.class::isInstance)
                        .allMatch(e -> ((SedaEndpoint) e).getCurrentQueueSize() == 0));
    }

    /** Empties the message tables, children before parents; the access model stays. */
    static void clearMessages(JdbcTemplate jdbc) {
        JdbcTestUtils.deleteFromTables(jdbc, "outbox_part", "outbox_message", "command_log", "inbox_message",
                "unregistered_contact", "inbound_part");
    }
}
