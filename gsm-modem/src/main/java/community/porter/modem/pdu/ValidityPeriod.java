package community.porter.modem.pdu;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How long the SMSC keeps trying to deliver an SMS-SUBMIT (TS 23.040 §9.2.3.12), in one of the
 * formats TP-VPF selects.
 */
public sealed interface ValidityPeriod {

    /**
     * The shortest relative period the format can express that is at least {@code duration}.
     *
     * @param duration positive; anything over 63 weeks becomes 63 weeks, the longest there is
     * @return the relative period
     * @throws IllegalArgumentException when the duration is zero or negative
     */
    static Relative relative(Duration duration) {
        return Relative.atLeast(duration);
    }

    /**
     * @param expiry when the SMSC is to give up; whole quarter-hour offset, 1970 to 2069
     * @return the absolute period
     */
    static Absolute absolute(OffsetDateTime expiry) {
        return new Absolute(expiry);
    }

    /**
     * @return the TP-VPF bits (4 and 3 of the first octet) that announce this format
     */
    int formatBits();

    /**
     * Relative format: one octet, read as in TS 23.040 §9.2.3.12.1.
     *
     * @param octet the TP-VP octet, 0 to 255
     */
    record Relative(int octet) implements ValidityPeriod {

        private static final int LAST = 0xFF;

        /**
         * @throws IllegalArgumentException when the octet is out of range
         */
        public Relative {
            if (octet < 0 || octet > LAST) {
                throw new IllegalArgumentException("relative validity period octet " + octet + " is not 0 to 255");
            }
        }

        /**
         * @return the period the octet stands for: 5 minutes steps up to 12 hours (0–143), then
         *         30 minutes steps up to 24 hours (144–167), days up to 30 (168–196), weeks up to
         *         63 (197–255)
         */
        public Duration duration() {
            if (octet <= 143) {
                return Duration.ofMinutes(5L * (octet + 1));
            }
            if (octet <= 167) {
                return Duration.ofHours(12).plusMinutes(30L * (octet - 143));
            }
            if (octet <= 196) {
                return Duration.ofDays(octet - 166L);
            }
            return Duration.ofDays(7L * (octet - 192));
        }

        static Relative atLeast(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("validity period must be positive, not " + duration);
            }
            // The octet's period grows with its value, so the first that is long enough is the shortest.
            for (int octet = 0; octet < LAST; octet++) {
                Relative candidate = new Relative(octet);
                if (candidate.duration().compareTo(duration) >= 0) {
                    return candidate;
                }
            }
            return new Relative(LAST);
        }

        @Override
        public int formatBits() {
            return 0x10;
        }
    }

    /**
     * Absolute format: the time the SMSC gives up, as a seven-octet time stamp.
     *
     * @param expiry the end of the period with the offset it is expressed in
     */
    record Absolute(OffsetDateTime expiry) implements ValidityPeriod {

        /** Requires the expiry. */
        public Absolute {
            Objects.requireNonNull(expiry, "expiry");
        }

        @Override
        public int formatBits() {
            return 0x18;
        }
    }

    /**
     * Enhanced format (TS 23.040 §9.2.3.12.3): seven octets led by a functionality indicator.
     * Kept as they are, for reading back a stored SMS-SUBMIT; Porter does not send it.
     *
     * @param octets the seven octets; copied in and out
     */
    record Enhanced(byte[] octets) implements ValidityPeriod {

        /**
         * @throws IllegalArgumentException when there are not seven octets
         */
        public Enhanced {
            if (octets.length != TimestampCodec.LENGTH) {
                throw new IllegalArgumentException("enhanced validity period needs 7 octets, not " + octets.length);
            }
            octets = octets.clone();
        }

        /** @return a copy of the seven octets */
        @Override
        public byte[] octets() {
            return octets.clone();
        }

        @Override
        public int formatBits() {
            return 0x08;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Enhanced that && Arrays.equals(octets, that.octets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(octets);
        }

        @Override
        public String toString() {
            return "Enhanced[" + HexFormat.of().formatHex(octets) + "]";
        }
    }
}
