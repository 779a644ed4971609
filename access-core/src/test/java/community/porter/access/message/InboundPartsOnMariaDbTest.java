package community.porter.access.message;

import community.porter.access.MariaDbServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Parts of long messages on a real MariaDB 10.11: its unique keys and row locks decide the races. */
class InboundPartsOnMariaDbTest extends InboundPartsContractTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbServer.register(registry);
    }
}
