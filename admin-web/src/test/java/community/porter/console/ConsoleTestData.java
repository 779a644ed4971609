package community.porter.console;

import community.porter.access.console.ApiKeyRepository;
import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.person.Language;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates and removes the few rows the console tests need. */
@Component
public class ConsoleTestData {

    private final OrgNodeRepository nodes;
    private final ConsoleUserRepository users;
    private final ApiKeyRepository apiKeys;
    private final PasswordEncoder passwords;

    ConsoleTestData(OrgNodeRepository nodes, ConsoleUserRepository users, ApiKeyRepository apiKeys,
            PasswordEncoder passwords) {
        this.nodes = nodes;
        this.users = users;
        this.apiKeys = apiKeys;
        this.passwords = passwords;
    }

    /** A district at the root of the tree. */
    public OrgNode rootNode() {
        return nodes.save(new OrgNode(OrgNodeType.DISTRICT, "D1", "Test district"));
    }

    /** A console user with {@code password} at a new root node. */
    public ConsoleUser user(String username, String password) {
        return users.save(new ConsoleUser(username, passwords.encode(password), "User " + username, rootNode(),
                ConsoleRole.COMMUNITY_ADMIN, Language.ZH, Instant.now()));
    }

    /** Removes every user, key and node, children before parents. */
    public void clear() {
        users.deleteAll();
        apiKeys.deleteAll();
        nodes.findAll().stream()
                .sorted((a, b) -> b.getPath().length() - a.getPath().length())
                .forEach(nodes::delete);
    }
}
