package community.porter.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The access model on a real MariaDB 10.11 through MySQL Connector/J. */
class SchemaOnMariaDbTest extends SchemaContractTest {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbServer.register(registry);
    }

    /**
     * MariaDB 10.x announces itself as "5.5.5-10.11.5-MariaDB", and Connector/J, reading 5.5.5,
     * drops fractions of seconds it believes the server cannot store. MySQL 8 and MariaDB 11
     * keep milliseconds.
     */
    @Override
    ChronoUnit storedPrecision() {
        return ChronoUnit.SECONDS;
    }

    @Test
    void theTablesAreInnoDbInUtf8mb4() {
        assertThat(jdbc.queryForList("""
                select concat(table_name, ' ', engine, ' ', table_collation)
                from information_schema.tables
                where table_schema = database() and table_name <> 'flyway_schema_history'
                  and (engine <> 'InnoDB' or table_collation not like 'utf8mb4%')""",
                String.class)).isEmpty();
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
    }
}
