package community.porter.console.system;

import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.person.Language;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes a fresh install reachable: when the console has no user at all, creates the administrator
 * {@code porter.admin.username} as {@code DISTRICT_ADMIN} of the root of the organisation tree and
 * prints how to sign in. Runs after the demo data is seeded ({@code @Order(100)}; the demo seeder
 * runs earlier), so in demo mode the root node exists by then.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    /** No 0/O, 1/l/I: the password is read off a console and typed by hand. */
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 16;

    private final ConsoleUserRepository users;
    private final EntityManager entities;
    private final PasswordEncoder passwords;
    private final ConsoleProperties.Admin admin;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(ConsoleUserRepository users, EntityManager entities, PasswordEncoder passwords,
            ConsoleProperties properties, ObjectProvider<Clock> clock) {
        this.users = users;
        this.entities = entities;
        this.passwords = passwords;
        this.admin = properties.admin();
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        Optional<OrgNode> root = rootNode();
        if (root.isEmpty()) {
            log.warn("No console user and no organisation tree yet: the console administrator '{}' is created"
                    + " at the next start after the organisation tree exists", admin.username());
            return;
        }
        String password = admin.generatePassword() ? generatePassword() : admin.password();
        users.save(new ConsoleUser(admin.username(), passwords.encode(password), "Administrator", root.get(),
                ConsoleRole.DISTRICT_ADMIN, Language.ZH, clock.instant()));
        // The one place a password is logged, and only one that nobody could know otherwise.
        log.info("Console login: {} / {}", admin.username(),
                admin.generatePassword() ? password : "(the password set in porter.admin.password)");
    }

    /** The first node without a parent: the top of the tree, whose administrator sees everything. */
    private Optional<OrgNode> rootNode() {
        return entities.createQuery("select n from OrgNode n where n.parent is null order by n.id", OrgNode.class)
                .setMaxResults(1)
                .getResultList() // a list, not a stream: no transaction keeps a result set open here
                .stream()
                .findFirst();
    }

    private String generatePassword() {
        var password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
