package community.porter.command;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.person.Language;
import community.porter.access.person.PhoneRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the tests that talk to Porter by SMS: the demo community of SPEC §9 is there, each
 * test starts on a fresh day (no rate window or 24-hour quiet period of an earlier test
 * applies), and the message tables are emptied afterwards. The code under test commits, as it
 * does in production; nothing runs in a test transaction.
 */
@SpringBootTest
public abstract class ConversationTest {

    protected static final String OWNER = DemoCommunity.OWNER_PHONE;
    protected static final String FAMILY = DemoCommunity.FAMILY_PHONE;
    protected static final String TENANT = DemoCommunity.TENANT_PHONE;
    protected static final String STAFF = DemoCommunity.STAFF_PHONE;
    protected static final String STRANGER = "+8613712345678";

    @Autowired protected SmsConversation porter;
    @Autowired protected MutableClock clock;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired private DemoCommunity demo;
    @Autowired private PhoneRepository phones;
    @Autowired private TransactionTemplate transaction;

    @BeforeEach
    void aFreshDayInTheDemoCommunity() {
        demo.seed(0);
        clock.startNewDay();
    }

    @AfterEach
    void emptyTheMessageTablesAndForgetLanguageSettings() {
        JdbcTestUtils.deleteFromTables(jdbc, "outbox_part", "outbox_message", "command_log", "inbox_message",
                "unregistered_contact");
        jdbc.update("update phone set language = null");
    }

    /** The phone's owner has chosen a reply language (as with {@code YY}); undone after the test. */
    protected void chooseLanguage(String phone, Language language) {
        transaction.executeWithoutResult(s -> phones.findByE164(phone).orElseThrow().chooseLanguage(language));
    }
}
