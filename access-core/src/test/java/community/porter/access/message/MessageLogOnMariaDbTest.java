package community.porter.access.message;

import community.porter.access.MariaDbServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The message log on a real MariaDB, with the V13 indexes as Flyway creates them there. */
class MessageLogOnMariaDbTest extends MessageLogContractTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbServer.register(registry);
    }
}
