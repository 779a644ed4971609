package community.porter.smpp;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A jSMPP SMSC and a plain Camel context with the smsc component, for the component's tests. */
abstract class SmscTestSupport {

    protected JsmppSmsc smsc;
    protected DefaultCamelContext context;
    protected SmscComponent component;

    @BeforeEach
    void startSmsc() throws Exception {
        smsc = JsmppSmsc.start();
    }

    @AfterEach
    void stopAll() {
        if (context != null) {
            context.stop();
        }
        smsc.close();
    }

    /** The test connection {@code t} on the jSMPP SMSC, with quick re-binds; extra options appended. */
    protected String smscUri(String extraOptions) {
        return "smsc:t?host=127.0.0.1&port=" + smsc.port() + "&systemId=porter&password=secret"
                + "&reconnectInitialDelay=100ms&reconnectMaxDelay=1s" + extraOptions;
    }

    protected void startCamel(RouteBuilder routes) throws Exception {
        context = new DefaultCamelContext();
        component = new SmscComponent();
        context.addComponent("smsc", component);
        context.addRoutes(routes);
        context.start();
    }

    protected void awaitBound() {
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.isBound()
                && component.connection("t").map(SmscConnectionState::isBound).orElse(false));
    }
}
