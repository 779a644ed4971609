package community.porter.access.notice;

import community.porter.access.MariaDbServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The broadcast pipeline on a real MariaDB 10.11 through MySQL Connector/J. */
class BroadcastsOnMariaDbTest extends BroadcastsContractTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbServer.register(registry);
    }
}
