package community.porter.access.console;

import community.porter.access.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and revokes the API keys other applications use. A new key is returned once, to be shown
 * once; only its SHA-256 hash is stored, so a copy of the database does not give anyone a key.
 * Every change is written to the audit log in the same transaction.
 */
@Service
public class ApiKeys {

    /** Longest name a key may have; the column is this wide. */
    public static final int MAX_NAME = 100;

    /** Audit log target type of API keys. */
    public static final String AUDIT_TARGET = "api_key";

    /** Marks Porter's keys, so one found in a log or a file is recognised for what it is. */
    static final String PREFIX = "porter_";

    /** 32 random bytes: 256 bits, far beyond guessing; base64url keeps the key to printable ASCII. */
    private static final int KEY_BYTES = 32;

    private final ApiKeyRepository keys;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(ApiKeyRepository keys, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * A key just created.
     *
     * @param key the key itself: give it to the application now, it cannot be read back later
     */
    public record IssuedKey(ApiKey apiKey, String key) {

        /** Never the key: an issued key must not end up in a log by accident. */
        @Override
        public String toString() {
            return "IssuedKey[id=" + apiKey.getId() + ", name=" + apiKey.getName() + "]";
        }
    }

    /**
     * Creates a key called {@code name} on behalf of {@code actor} (as the audit log names people,
     * e.g. {@code console:admin}).
     *
     * @throws IllegalArgumentException when the name is blank or longer than {@value #MAX_NAME}
     */
    @Transactional
    public IssuedKey create(String name, String actor) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("An API key needs a name, e.g. the application that uses it");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException("An API key's name has at most " + MAX_NAME + " characters");
        }
        byte[] secret = new byte[KEY_BYTES];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey saved = keys.save(new ApiKey(trimmed, hashOf(key), actor, clock.instant()));
        audit.record(actor, "API_KEY_CREATED", AUDIT_TARGET, String.valueOf(saved.getId()), trimmed);
        return new IssuedKey(saved, key);
    }

    /**
     * Revokes key {@code id}: it stops working at once and stays listed for the record.
     *
     * @return the key, or empty when there is no such key; revoking a revoked key changes nothing
     *     and is not audited again
     */
    @Transactional
    public Optional<ApiKey> revoke(long id, String actor) {
        return keys.findById(id).map(key -> {
            if (!key.isRevoked()) {
                key.revoke(clock.instant());
                audit.record(actor, "API_KEY_REVOKED", AUDIT_TARGET, String.valueOf(id), key.getName());
            }
            return key;
        });
    }

    /** Every key, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<ApiKey> list() {
        return keys.findAllByOrderByCreatedAtDesc();
    }

    /** The lower-case hex SHA-256 of a key, the only form in which keys are stored. */
    public static String hashOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
