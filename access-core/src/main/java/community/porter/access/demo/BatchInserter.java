package community.porter.access.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with JDBC batches of {@value #BATCH_SIZE} and returns the ids the database
 * gave them, in row order. Uses the connection of the current transaction.
 */
final class BatchInserter {

    static final int BATCH_SIZE = 500;

    /** Sets the parameters of row {@code row} (from 0). */
    @FunctionalInterface
    interface RowBinder {
        void bind(PreparedStatement statement, int row) throws SQLException;
    }

    private final JdbcTemplate jdbc;

    BatchInserter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> insert(String sql, int rows, RowBinder binder) {
        return jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            List<Long> ids = new ArrayList<>(rows);
            try (PreparedStatement statement =
                    connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int row = 0; row < rows; row++) {
                    binder.bind(statement, row);
                    statement.addBatch();
                    if ((row + 1) % BATCH_SIZE == 0 || row == rows - 1) {
                        statement.executeBatch();
                        collectKeys(statement, ids);
                    }
                }
            }
            if (ids.size() != rows) {
                throw new IllegalStateException("inserted " + rows + " rows but got " + ids.size()
                        + " ids: " + sql);
            }
            return ids;
        });
    }

    private static void collectKeys(PreparedStatement statement, List<Long> ids)
            throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
    }
}
