package community.porter.access;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.SenderDirectory;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every supported database must do with the access model. Booting the context already
 * proves that the Flyway migrations ran and that Hibernate validated every entity against them
 * ({@code ddl-auto=validate}); the tests check what validation cannot see.
 */
@SpringBootTest
@Transactional
abstract class SchemaContractTest {

    /** Outside the BMP: a grinning face and 𠮷 (U+20BB7), as in real Chinese names. */
    static final String FOUR_BYTE_NAME = "张\uD83D\uDE00\uD842\uDFB7";

    @Autowired JdbcTemplate jdbc;
    @Autowired PersonRepository persons;
    @Autowired DemoCommunity demo;
    @Autowired SenderDirectory senders;
    @Autowired EntityManager entityManager;

    @Test
    void theAccessModelMigrationIsApplied() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '1' and success",
                Integer.class);
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void theInboundPartsMigrationIsApplied() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '5' and success",
                Integer.class);
        assertThat(applied).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from inbound_part", Integer.class)).isZero();
    }

    @Test
    void fourByteCharactersSurviveTheRoundTrip() {
        Long id = persons.saveAndFlush(new Person(FOUR_BYTE_NAME, null, Instant.now())).getId();

        assertThat(jdbc.queryForObject("select name from person where id = ?", String.class, id))
                .isEqualTo(FOUR_BYTE_NAME);
        assertThat(persons.findById(id)).get().extracting(Person::getName)
                .isEqualTo(FOUR_BYTE_NAME);
    }

    @Test
    void instantsAreStoredAsUtcWallClockTime() {
        Instant created = Instant.parse("2026-01-02T03:04:05Z");
        Long id = persons.saveAndFlush(new Person("时区", null, created)).getId();

        String stored = jdbc.queryForObject("select created_at from person where id = ?",
                String.class, id);
        assertThat(stored).startsWith("2026-01-02 03:04:05");
    }

    @Test
    void theDemoCommunityWithExtraResidentsIsSeededAndItsSendersIdentified() {
        demo.seed(1000);

        assertThat(senders.identify(DemoCommunity.OWNER_PHONE).memberships()).singleElement()
                .satisfies(m -> assertThat(m.roomCode()).isEqualTo("1-1-101"));
        assertThat(senders.identify("+8613810000500").isResident()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from phone", Long.class)).isEqualTo(1004);

        // Bulk rows go in by JDBC, the fixed ones through Hibernate: both must store UTC.
        List<String> createdAt = jdbc.queryForList("select distinct created_at from phone",
                String.class);
        assertThat(createdAt.stream().map(t -> t.substring(0, 19)).distinct()).hasSize(1);
    }

    @Test
    void instantsComeBackToThePrecisionTheDatabaseKeeps() {
        Instant created = Instant.parse("2026-01-02T03:04:05.678Z");
        Long id = persons.saveAndFlush(new Person("精度", null, created)).getId();
        entityManager.clear(); // read it back from the table, not the persistence context

        assertThat(persons.findById(id).orElseThrow().getCreatedAt())
                .isEqualTo(created.truncatedTo(storedPrecision()));
    }

    /** What survives of an instant's fraction of a second on this database. */
    abstract ChronoUnit storedPrecision();
}
