package community.porter.access;

import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Hibernate settings the access model relies on, applied wherever access-core is on the class
 * path; a setting given explicitly in the application's configuration wins.
 *
 * <p>Times are {@link java.time.Instant}s in {@code DATETIME(3)} columns holding UTC on every
 * database. Left alone, Hibernate writes an Instant to H2 as a time with zone, which H2 turns
 * into the JVM's local time for a plain {@code TIMESTAMP} column; binding Instants as plain
 * timestamps in UTC gives the same stored value on H2, MariaDB and MySQL.
 */
@AutoConfiguration
public class AccessCoreAutoConfiguration {

    @Bean
    HibernatePropertiesCustomizer utcInstants() {
        return properties -> defaults().forEach(properties::putIfAbsent);
    }

    static Map<String, Object> defaults() {
        return Map.of(
                "hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP",
                "hibernate.jdbc.time_zone", "UTC");
    }
}
