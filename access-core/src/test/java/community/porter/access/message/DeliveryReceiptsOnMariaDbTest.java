package community.porter.access.message;

import community.porter.access.MariaDbServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Delivery receipts on a real MariaDB 10.11 through MySQL Connector/J: InnoDB row and gap locks. */
class DeliveryReceiptsOnMariaDbTest extends DeliveryReceiptsContractTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbServer.register(registry);
    }

    /** Locking reads on both sides: whichever commits second sees the other. */
    @Override
    boolean sweepNeededForRaces() {
        return false;
    }
}
