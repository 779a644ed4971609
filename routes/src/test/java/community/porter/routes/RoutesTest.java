package community.porter.routes;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.MockEndpoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the tests of the inbound, command and outbound routes, running for real over their
 * in-memory queues against the demo community. The recovery sweep is left out (it would queue
 * test data on its own timer; {@link RecoveryRouteTest} drives it alone), and every hand-over to
 * the command route is also copied to the mock endpoint {@value #COMMANDS_MOCK}. After each test
 * the routes are left to come to rest, then the message tables are emptied and the fakes reset.
 */
@CamelSpringBootTest
@SpringBootTest(properties = "camel.main.route-filter-exclude-pattern=recovery")
@MockEndpoints("seda:porter-commands*")
abstract class RoutesTest {

    /** Where {@link MockEndpoints} copies each inbox id handed to the command route. */
    static final String COMMANDS_MOCK = "mock:seda:porter-commands";

    @Autowired CamelContext camel;
    @Autowired ProducerTemplate template;
    @Autowired JdbcTemplate jdbc;
    @Autowired FakeTransport firstTransport;
    @Autowired FakeTransport secondTransport;
    @Autowired OutboxRepository outboxMessages;
    @Autowired DemoCommunity demo;

    @BeforeEach
    void theDemoCommunity() {
        demo.seed(0);
    }

    @AfterEach
    void restThenCleanUp() {
        RouteTestSupport.awaitQuiet(camel);
        RouteTestSupport.clearMessages(jdbc);
        firstTransport.reset();
        secondTransport.reset();
        MockEndpoint.resetMocks(camel);
    }

    OutboxMessage outboxMessage(long id) {
        return outboxMessages.findById(id).orElseThrow();
    }
}
