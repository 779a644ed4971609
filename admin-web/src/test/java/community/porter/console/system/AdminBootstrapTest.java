package community.porter.console.system;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.console.ConsoleTestData;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator of a fresh install. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern LOGIN_LINE = Pattern.compile("Console login: admin / (\\S+)");

    @Autowired AdminBootstrap bootstrap;
    @Autowired ConsoleUserRepository users;
    @Autowired OrgNodeRepository nodes;
    @Autowired PasswordEncoder passwords;
    @Autowired EntityManager entities;
    @Autowired ObjectProvider<Clock> clock;
    @Autowired ConsoleTestData data;

    @BeforeEach
    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void createsTheAdministratorAtTheRootWithAGeneratedPasswordAndPrintsIt(CapturedOutput output) {
        OrgNode root = nodes.save(new OrgNode(OrgNodeType.DISTRICT, "D", "District"));
        nodes.save(new OrgNode(root, OrgNodeType.STREET_OFFICE, "S", "Street office"));

        bootstrap.run(null);

        var admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(ConsoleRole.DISTRICT_ADMIN);
        assertThat(admin.getNode().getId()).isEqualTo(root.getId());
        var line = LOGIN_LINE.matcher(output.getOut());
        assertThat(line.find()).as("log line 'Console login: admin / <password>' in %s", output.getOut()).isTrue();
        String password = line.group(1);
        assertThat(password).hasSize(16);
        assertThat(passwords.matches(password, admin.getPasswordHash())).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void doesNothingWhenAConsoleUserExists(CapturedOutput output) {
        data.user("alice", "some password");

        bootstrap.run(null);

        assertThat(users.count()).isEqualTo(1);
        assertThat(output.getOut()).doesNotContain("Console login");
    }

    @Test
    void waitsWithAWarningWhileThereIsNoOrganisationTree(CapturedOutput output) {
        bootstrap.run(null);

        assertThat(users.count()).isZero();
        assertThat(output.getOut()).contains("no organisation tree").doesNotContain("Console login");
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverLogged(CapturedOutput output) {
        nodes.save(new OrgNode(OrgNodeType.DISTRICT, "D", "District"));
        var properties = new ConsoleProperties(new ConsoleProperties.Admin("boss", "configured secret"),
                new ConsoleProperties.Console(java.time.Duration.ofMinutes(30), 5, java.time.Duration.ofMinutes(15)));

        new AdminBootstrap(users, entities, passwords, properties, clock).run(null);

        var boss = users.findByUsername("boss").orElseThrow();
        assertThat(passwords.matches("configured secret", boss.getPasswordHash())).isTrue();
        assertThat(output.getOut()).contains("Console login: boss /").doesNotContain("configured secret");
    }

    @Test
    void runsAfterTheDemoSeeder() {
        assertThat(AnnotationUtils.findAnnotation(AdminBootstrap.class, Order.class).value()).isEqualTo(100);
    }
}
