package community.porter.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Porter's embedded database as a stopped Porter left it: the H2 file under its working
 * directory ({@code ./data/porter}), opened read-only with H2's own driver once the process is
 * gone, so the test reads exactly what was durable and nothing Porter still held in memory.
 */
final class PorterDatabase implements AutoCloseable {

    private final Connection connection;

    private PorterDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Opens the database of the Porter that ran in {@code workDir}; it must have stopped. */
    static PorterDatabase openStopped(Path workDir) throws SQLException {
        String file = workDir.resolve("data").resolve("porter").toAbsolutePath().toString();
        return new PorterDatabase(DriverManager.getConnection("jdbc:h2:file:" + file
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE;ACCESS_MODE_DATA=r", "porter", ""));
    }

    /** The rows of {@code sql} with {@code parameters}, each as column name (lower case) → value. */
    List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
