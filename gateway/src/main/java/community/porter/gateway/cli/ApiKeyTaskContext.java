package community.porter.gateway.cli;

import community.porter.access.AccessCoreAutoConfiguration;
import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.audit.AuditTrail;
import community.porter.access.console.ApiKey;
import community.porter.access.console.ApiKeyRepository;
import community.porter.access.console.ApiKeys;
import community.porter.access.org.OrgNode;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * What the API-key task needs: the configured database (migrated as at a normal start, so the task
 * also works on a fresh install), the key and audit tables, and the service that issues keys.
 *
 * <p>Deliberately not a {@code @Configuration}: the application's component scan covers this
 * package and must not pull these settings into a normal start.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class, HibernateJpaAutoConfiguration.class, TransactionAutoConfiguration.class,
        AccessCoreAutoConfiguration.class})
// Console users reference their organisation node, so the org entities are mapped too.
@EntityScan(basePackageClasses = {ApiKey.class, AuditEntry.class, OrgNode.class})
@EnableJpaRepositories(basePackageClasses = {ApiKeyRepository.class, AuditEntryRepository.class})
@Import({ApiKeys.class, AuditTrail.class})
class ApiKeyTaskContext {
}
