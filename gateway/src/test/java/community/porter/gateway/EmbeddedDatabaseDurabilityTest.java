package community.porter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database Porter is configured with by default keeps every committed transaction
 * when the process is killed outright (SIGKILL, OOM killer, power to the JVM cut): Porter
 * acknowledges an inbound message as soon as its storing transaction commits, so a commit that
 * lives only in memory for a while would be an acknowledged message lost (SPEC §5).
 */
class EmbeddedDatabaseDurabilityTest {

    private static final int COMMITS = 50;

    @TempDir
    Path dataDir;

    @Test
    void everyCommitSurvivesAKillRightAfterIt() throws Exception {
        String url = defaultUrl().replace("./data/porter", dataDir.resolve("porter").toString());
        try (Connection connection = DriverManager.getConnection(url, "porter", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE committed_row (id INT PRIMARY KEY)");
        }

        Process writer = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                Writer.class.getName(), url).redirectErrorStream(true).start();
        try {
            assertThat(firstLine(writer.getInputStream())).as("what the writer printed").isEqualTo("COMMITTED " + COMMITS);
        } finally {
            // At once after the last commit returned, as a crash would.
            writer.destroyForcibly();
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).as("the writer is gone").isTrue();
        }

        try (Connection connection = DriverManager.getConnection(url, "porter", "");
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM committed_row")) {
            count.next();
            assertThat(count.getInt(1)).as("rows committed before the kill, found after it").isEqualTo(COMMITS);
        }
    }

    /** {@code spring.datasource.url} as Porter ships it. */
    private static String defaultUrl() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = EmbeddedDatabaseDurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).as("the default database is the H2 file under ./data").startsWith("jdbc:h2:file:./data/porter;");
        return url;
    }

    private static String firstLine(InputStream output) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
        String line = reader.readLine();
        return line == null ? "" : line;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Run in a JVM of its own: commits rows one by one, says so, then waits to be killed. */
    static final class Writer {
        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection(args[0], "porter", "");
                    Statement statement = connection.createStatement()) {
                for (int i = 1; i <= COMMITS; i++) {
                    statement.executeUpdate("INSERT INTO committed_row (id) VALUES (" + i + ")");
                }
                System.out.println("COMMITTED " + COMMITS);
                System.out.flush();
                // Holds the database open, as a running Porter does, until the kill.
                System.in.read();
            }
        }
    }
}
