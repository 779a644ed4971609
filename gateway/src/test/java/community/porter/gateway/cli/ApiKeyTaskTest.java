package community.porter.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.console.security.ApiKeyAuthenticator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar porter.jar api-key …} against a database of its own: a fresh H2 file, migrated
 * by the task itself, read back over plain JDBC afterwards.
 */
class ApiKeyTaskTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createPrintsTheKeyOnceStoresOnlyItsHashAndTheKeyIsValidUntilRevoked() throws Exception {
        assertThat(task("api-key", "create", "lobby", "kiosk")).as(err.toString()).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"lobby kiosk\" created");
        String key = lines.get(1);
        assertThat(key).startsWith("porter_");

        List<String[]> rows = query("select id, name, key_hash, revoked_at, created_by from api_key");
        assertThat(rows).hasSize(1);
        String id = rows.get(0)[0];
        // What the REST API's authenticator looks a presented key up by: its hash, never the key.
        assertThat(rows.get(0)[2]).isEqualTo(ApiKeyAuthenticator.hashOf(key)).doesNotContain(key);
        assertThat(rows.get(0)[3]).isNull();
        assertThat(rows.get(0)[4]).startsWith("cli:");

        out.reset();
        assertThat(task("api-key", "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(id + "\tlobby kiosk").contains("active")
                .doesNotContain(key);

        out.reset();
        assertThat(task("api-key", "revoke", id)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("revoked");
        assertThat(query("select revoked_at from api_key where id = " + id).get(0)[0]).isNotNull();
        assertThat(query("select action from audit_log order by id")).extracting(r -> r[0])
                .containsExactly("API_KEY_CREATED", "API_KEY_REVOKED");
    }

    @Test
    void revokingAnUnknownKeyFailsWithStatusOne() {
        assertThat(task("api-key", "revoke", "4711")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No API key 4711");
    }

    @Test
    void badUsageFailsWithStatusOneAndTheUsage() {
        assertThat(task("api-key")).isEqualTo(1);
        assertThat(task("api-key", "revoke", "x")).isEqualTo(1);
        assertThat(task("api-key", "rotate")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar porter.jar api-key create <name>");
    }

    @Test
    void aDatabaseThatIsNotThereFailsWithStatusOne() {
        int status = ApiKeyTask.run(new String[] {"api-key", "list",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("elsewhere") + ";IFEXISTS=TRUE"},
                print(out), print(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("api-key list failed");
    }

    private int task(String... words) {
        String[] args = new String[words.length + 1];
        System.arraycopy(words, 0, args, 0, words.length);
        args[words.length] = "--spring.datasource.url=" + url();
        return ApiKeyTask.run(args, print(out), print(err));
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("porter") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    private List<String[]> query(String sql) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url(), "porter", "");
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
