package community.porter.access.message;

import community.porter.access.MariaDbServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inbox on a real MariaDB 10.11 through MySQL Connector/J: unique keys and row locks as in production. */
class InboxOnMariaDbTest extends InboxContractTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbServer.register(registry);
    }
}
