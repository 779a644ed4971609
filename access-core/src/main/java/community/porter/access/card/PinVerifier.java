package community.porter.access.card;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checks a typed PIN against a person's stored {@code pin_hash}. Whoever sets PINs (the console)
 * decides the hash and provides a bean of this type that matches it; without one,
 * {@link #SHA256} reads hashes written as {@code sha256:<hex>}.
 */
@FunctionalInterface
public interface PinVerifier {

    /** {@code sha256:} followed by the lower-case hex SHA-256 of the PIN's UTF-8 bytes. */
    PinVerifier SHA256 = (pin, hash) -> {
        if (hash == null || !hash.startsWith("sha256:")) {
            return false;
        }
        try {
            byte[] typed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(pin.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.US_ASCII);
            // Constant time: how long the check takes must not tell how much of the PIN was right.
            return MessageDigest.isEqual(typed, hash.substring(7).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    };

    /** True when {@code pin} is the PIN {@code pinHash} was made from. */
    boolean matches(String pin, String pinHash);
}
