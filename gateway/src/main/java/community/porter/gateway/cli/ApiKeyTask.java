package community.porter.gateway.cli;

import community.porter.access.console.ApiKey;
import community.porter.access.console.ApiKeys;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar porter.jar api-key create <name> | list | revoke <id> [--property=value …]}:
 * manages the API keys of other applications from a shell, against the configured database,
 * e.g. to provision a kiosk by script. {@code create} prints the key once; only its hash is
 * stored. Exits with 0 on success and 1 on any failure (unknown key, bad usage, no database).
 *
 * <p>With the embedded H2 file database the running Porter holds the file: stop it first, or
 * create keys in the console.
 */
public final class ApiKeyTask {

    /** The first argument that selects this task instead of a normal start. */
    public static final String NAME = "api-key";

    static final String USAGE = """
            Usage: java -jar porter.jar api-key create <name>   create a key; it is printed once
                   java -jar porter.jar api-key list            list the keys (never the keys themselves)
                   java -jar porter.jar api-key revoke <id>     revoke a key at once
            Settings as for a normal start, e.g. --spring.datasource.url=…""";

    private final PrintStream out;
    private final PrintStream err;

    ApiKeyTask(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the task for {@code args} (the first being {@value #NAME}) and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new ApiKeyTask(out, err).run(args);
    }

    int run(String[] args) {
        List<String> words = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? settings : words).add(arg);
        }
        if (!words.isEmpty() && words.get(0).equals(NAME)) {
            words.remove(0);
        }
        if (!wellFormed(words)) {
            err.println(USAGE);
            return 1;
        }
        try (ConfigurableApplicationContext context = context(settings)) {
            return execute(words, context.getBean(ApiKeys.class));
        } catch (RuntimeException e) {
            err.println("api-key " + words.get(0) + " failed: " + rootMessage(e));
            return 1;
        }
    }

    private static boolean wellFormed(List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        return switch (words.get(0)) {
            case "create" -> words.size() >= 2;
            case "list" -> words.size() == 1;
            case "revoke" -> words.size() == 2 && words.get(1).matches("[0-9]{1,18}");
            default -> false;
        };
    }

    private int execute(List<String> words, ApiKeys keys) {
        String actor = "cli:" + System.getProperty("user.name", "unknown");
        switch (words.get(0)) {
            case "create" -> {
                // Names with spaces may come as several words when the shell was not told to quote.
                var issued = keys.create(String.join(" ", words.subList(1, words.size())), actor);
                out.println("API key " + issued.apiKey().getId() + " \"" + issued.apiKey().getName()
                        + "\" created. It is shown only now; give it to the application:");
                out.println(issued.key());
                return 0;
            }
            case "list" -> {
                List<ApiKey> all = keys.list();
                if (all.isEmpty()) {
                    out.println("No API keys. Keys in porter.api.keys are configuration, not listed here.");
                }
                for (ApiKey key : all) {
                    out.printf("%d\t%s\tcreated %s by %s\t%s%n", key.getId(), key.getName(), key.getCreatedAt(),
                            key.getCreatedBy(), key.isRevoked() ? "revoked " + key.getRevokedAt() : "active");
                }
                return 0;
            }
            default -> {
                long id = Long.parseLong(words.get(1));
                Optional<ApiKey> revoked = keys.revoke(id, actor);
                if (revoked.isEmpty()) {
                    err.println("No API key " + id + ". See: java -jar porter.jar api-key list");
                    return 1;
                }
                out.println("API key " + id + " \"" + revoked.get().getName() + "\" is revoked.");
                return 0;
            }
        }
    }

    private static ConfigurableApplicationContext context(List<String> settings) {
        SpringApplication application = new SpringApplication(ApiKeyTaskContext.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        // The task's output is what it prints; start-up chatter would bury the key. A setting wins.
        application.setDefaultProperties(Map.of("logging.level.root", "WARN",
                "logging.level.org.hibernate.orm.incubating", "ERROR"));
        return application.run(settings.toArray(String[]::new));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
