package community.porter.access.audit;

import community.porter.access.MariaDbServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit log search on a real MariaDB. */
class AuditSearchOnMariaDbTest extends AuditSearchContractTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbServer.register(registry);
    }
}
