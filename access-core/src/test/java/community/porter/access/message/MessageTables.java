package community.porter.access.message;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * Empties the messaging tables between tests that let the code under test commit, children
 * before parents so the foreign keys hold. The access model (people, rooms, phones) is left as
 * it is.
 */
final class MessageTables {

    private MessageTables() {
    }

    static void clear(JdbcTemplate jdbc) {
        JdbcTestUtils.deleteFromTables(jdbc, "outbox_part", "outbox_message", "command_log", "inbox_message",
                "unregistered_contact", "inbound_part");
    }
}
