package community.porter.access.person;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binding of a pending phone (SPEC §2, {@code BD}): the console {@linkplain #start starts} it and
 * shows or texts the 6-digit code; the phone's owner confirms it by sending {@code BD <code>}
 * within {@link #VALIDITY} and {@link #MAX_TRIES} tries, and the phone becomes active. Only a
 * salted SHA-256 of the code is stored ({@code salt:hash}); a new start supersedes older codes.
 */
@Service
public class PhoneBindings {

    /** How long a code may be used. */
    public static final Duration VALIDITY = Duration.ofMinutes(10);
    /** Tries, right or wrong, after which the binding is locked. */
    public static final int MAX_TRIES = 5;

    /** What a {@code BD <code>} came to. */
    public enum Outcome {
        /** Right code in time: the phone is active now. */
        CONFIRMED,
        /** Wrong code; tries are left. */
        WRONG,
        /** Past {@link #VALIDITY}. */
        EXPIRED,
        /** No tries left (this one may have been the last wrong one). */
        LOCKED,
        /** No binding waiting for this phone (never started, or confirmed already). */
        NONE
    }

    /**
     * The answer to one try.
     *
     * @param outcome   what it came to
     * @param triesLeft for {@link Outcome#WRONG}: how many tries remain
     */
    public record Attempt(Outcome outcome, int triesLeft) {
    }

    private final PhoneRepository phones;
    private final PhoneBindingRepository bindings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PhoneBindings(PhoneRepository phones, PhoneBindingRepository bindings, Clock clock) {
        this.phones = phones;
        this.bindings = bindings;
        this.clock = clock;
    }

    /**
     * Starts (or restarts) the binding of a pending phone.
     *
     * @return the 6-digit code, for the console to show or send; it is not stored in clear
     * @throws IllegalStateException when the phone is not {@link PhoneStatus#PENDING}
     */
    @Transactional
    public String start(long phoneId) {
        Phone phone = phones.findById(phoneId).orElseThrow();
        if (phone.getStatus() != PhoneStatus.PENDING) {
            throw new IllegalStateException("Phone " + phoneId + " is " + phone.getStatus() + ", not PENDING");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        Instant now = clock.instant();
        bindings.save(new PhoneBinding(phone, saltHex + ":" + hash(saltHex, code), now, now.plus(VALIDITY)));
        return code;
    }

    /** Phone {@code phoneId} sent {@code BD code}. */
    @Transactional
    public Attempt confirm(long phoneId, String code) {
        Phone phone = phones.findById(phoneId).orElseThrow();
        Optional<PhoneBinding> latest = bindings.findFirstByPhoneIdOrderByIdDesc(phoneId);
        if (phone.getStatus() != PhoneStatus.PENDING || latest.isEmpty() || latest.get().getConfirmedAt() != null) {
            return new Attempt(Outcome.NONE, 0);
        }
        PhoneBinding binding = latest.get();
        Instant now = clock.instant();
        if (binding.getTries() >= MAX_TRIES) {
            return new Attempt(Outcome.LOCKED, 0);
        }
        if (!now.isBefore(binding.getExpiresAt())) {
            return new Attempt(Outcome.EXPIRED, 0);
        }
        binding.recordTry();
        if (matches(binding.getCodeHash(), code)) {
            binding.confirm(now);
            phone.activate();
            return new Attempt(Outcome.CONFIRMED, 0);
        }
        int left = MAX_TRIES - binding.getTries();
        return left > 0 ? new Attempt(Outcome.WRONG, left) : new Attempt(Outcome.LOCKED, 0);
    }

    private static boolean matches(String stored, String code) {
        int colon = stored.indexOf(':');
        String expected = stored.substring(colon + 1);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                hash(stored.substring(0, colon), code).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hash(String saltHex, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(saltHex.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
