package community.porter.access.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log by scope, criteria and page, on each database Porter runs on. */
@SpringBootTest
@Transactional
abstract class AuditSearchContractTest {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired AuditSearch search;
    @Autowired AuditEntryRepository entries;

    AuditEntry committeeA;
    AuditEntry communityA;
    AuditEntry committeeB;
    AuditEntry sms;

    @BeforeEach
    void entries() {
        // Entries other tests committed would join the results; the test's transaction rolls this back.
        entries.deleteAll();
        committeeA = entries.save(new AuditEntry(T0, "console:a", "PHONE_ADDED", "phone", "7", null, "/1/2/"));
        communityA = entries.save(new AuditEntry(T0.plusSeconds(1), "console:a1", "CARD_ISSUED", "card", "D0001",
                null, "/1/2/5/"));
        committeeB = entries.save(new AuditEntry(T0.plusSeconds(2), "console:b", "PHONE_ADDED", "phone", "8", null,
                "/1/3/"));
        sms = entries.save(new AuditEntry(T0.plusSeconds(3), "sms:+8613800000001", "CARD_LOST", "card", "D0001",
                null));
    }

    @Test
    void anAdministratorReadsTheEntriesAtOrUnderTheirNodeAndTheRootAlsoUnscopedOnes() {
        assertThat(find(AuditFilter.none(), "/1/2/", false)).containsExactly(communityA, committeeA);
        assertThat(find(AuditFilter.none(), "/1/", false)).containsExactly(committeeB, communityA, committeeA);
        assertThat(find(AuditFilter.none(), "/1/", true)).containsExactly(sms, committeeB, communityA, committeeA);
    }

    @Test
    void eachCriterionNarrows() {
        assertThat(find(new AuditFilter("console:a", null, null, null, null), "/1/", true))
                .containsExactly(communityA, committeeA);
        assertThat(find(new AuditFilter(null, "PHONE_ADDED", null, null, null), "/1/", true))
                .containsExactly(committeeB, committeeA);
        assertThat(find(new AuditFilter(null, null, "card/D0001", null, null), "/1/", true))
                .containsExactly(sms, communityA);
        assertThat(find(new AuditFilter(null, null, "7", null, null), "/1/", true)).containsExactly(committeeA);
        assertThat(find(new AuditFilter(null, null, null, T0.plusSeconds(1), T0.plusSeconds(3)), "/1/", true))
                .containsExactly(committeeB, communityA);
    }

    @Test
    void pagesFollowTheLastEntryShown() {
        List<AuditEntry> read = new ArrayList<>();
        List<AuditEntry> page = search.find(AuditFilter.none(), "/1/", true, null, 0, 3);
        read.addAll(page);
        AuditEntry last = page.get(page.size() - 1);
        read.addAll(search.find(AuditFilter.none(), "/1/", true, last.getAt(), last.getId(), 3));
        assertThat(read).containsExactly(sms, committeeB, communityA, committeeA);
    }

    private List<AuditEntry> find(AuditFilter filter, String path, boolean unscoped) {
        return search.find(filter, path, unscoped, null, 0, 50);
    }
}
