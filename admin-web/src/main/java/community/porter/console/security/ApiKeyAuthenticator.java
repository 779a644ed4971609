package community.porter.console.security;

import community.porter.access.console.ApiKeyRepository;
import community.porter.access.console.ApiKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Decides whether a presented API key is valid: either one of the keys configured in
 * {@code porter.api.keys}, or a key created in the console, which is stored only as its SHA-256
 * hash and stops working the moment it is revoked.
 */
@Service
public class ApiKeyAuthenticator {

    private final List<byte[]> configuredKeyHashes;
    private final ApiKeyRepository apiKeys;

    ApiKeyAuthenticator(ApiProperties properties, ApiKeyRepository apiKeys) {
        this.configuredKeyHashes = properties.keys().stream().map(ApiKeyAuthenticator::sha256).toList();
        this.apiKeys = apiKeys;
    }

    /**
     * The client a key belongs to, or empty when the key is unknown or revoked.
     *
     * @param presentedKey the value of header {@code X-API-Key}
     */
    public Optional<ApiClient> authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        byte[] hash = sha256(presentedKey);
        for (int i = 0; i < configuredKeyHashes.size(); i++) {
            // Compared as hashes in constant time, so response times tell nothing about a key.
            if (MessageDigest.isEqual(hash, configuredKeyHashes.get(i))) {
                return Optional.of(new ApiClient("configured key " + (i + 1)));
            }
        }
        return apiKeys.findByKeyHashAndRevokedAtIsNull(HexFormat.of().formatHex(hash))
                .map(key -> new ApiClient("api key " + key.getId()));
    }

    /** The lower-case hex SHA-256 of a key, the form in which console-created keys are stored. */
    public static String hashOf(String key) {
        return ApiKeys.hashOf(key);
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * An application calling the REST API with a key.
     *
     * @param name how logs and audit entries name the caller, never the key itself
     */
    public record ApiClient(String name) {}
}
