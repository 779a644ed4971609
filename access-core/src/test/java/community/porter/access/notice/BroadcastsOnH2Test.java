package community.porter.access.notice;

import org.springframework.test.context.TestPropertySource;

/** The broadcast pipeline on H2 in MySQL mode, the embedded default, in a database of its own. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:broadcasts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class BroadcastsOnH2Test extends BroadcastsContractTest {
}
