package community.porter.access;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application that boots access-core: data source, Flyway, JPA, the services. */
@SpringBootApplication
public class TestApplication {
}
