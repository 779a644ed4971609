package community.porter.access.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** API keys: random, stored only hashed, revoked for good, every change audited once. */
@SpringBootTest
class ApiKeysTest {

    @Autowired ApiKeys apiKeys;
    @Autowired ApiKeyRepository keys;
    @Autowired AuditEntryRepository audit;

    @AfterEach
    void clear() {
        keys.deleteAll();
        audit.deleteAll();
    }

    @Test
    void eachKeyIsNewAndOnlyItsHashIsStored() {
        var first = apiKeys.create("  kiosk  ", "cli:ops");
        var second = apiKeys.create("kiosk", "cli:ops");

        assertThat(first.key()).isNotEqualTo(second.key()).matches("porter_[A-Za-z0-9_-]{43}");
        ApiKey stored = keys.findById(first.apiKey().getId()).orElseThrow();
        assertThat(stored.getName()).isEqualTo("kiosk");
        assertThat(stored.getKeyHash()).isEqualTo(ApiKeys.hashOf(first.key())).hasSize(64);
        assertThat(keys.findByKeyHashAndRevokedAtIsNull(ApiKeys.hashOf(first.key()))).isPresent();
        assertThat(first.toString()).doesNotContain(first.key());
        assertThat(audit.findAll()).extracting(AuditEntry::getAction)
                .containsExactly("API_KEY_CREATED", "API_KEY_CREATED");
    }

    @Test
    void aRevokedKeyIsNoLongerFoundByItsHashAndRevokingAgainChangesNothing() {
        var issued = apiKeys.create("crm", "console:admin");
        long id = issued.apiKey().getId();

        assertThat(apiKeys.revoke(id, "console:admin")).get().satisfies(k -> assertThat(k.isRevoked()).isTrue());
        var revokedAt = keys.findById(id).orElseThrow().getRevokedAt();
        assertThat(apiKeys.revoke(id, "console:other")).isPresent();

        assertThat(keys.findByKeyHashAndRevokedAtIsNull(ApiKeys.hashOf(issued.key()))).isEmpty();
        assertThat(keys.findById(id).orElseThrow().getRevokedAt()).isEqualTo(revokedAt);
        assertThat(audit.findByTargetTypeAndTargetIdOrderByAtDesc(ApiKeys.AUDIT_TARGET, String.valueOf(id)))
                .extracting(AuditEntry::getAction).containsExactlyInAnyOrder("API_KEY_CREATED", "API_KEY_REVOKED");
        assertThat(apiKeys.revoke(id + 1000, "console:admin")).isEmpty();
    }

    @Test
    void aKeyNeedsAShortName() {
        assertThatThrownBy(() -> apiKeys.create(" ", "cli:ops")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> apiKeys.create("x".repeat(ApiKeys.MAX_NAME + 1), "cli:ops"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(keys.count()).isZero();
        assertThat(audit.count()).isZero();
    }
}
