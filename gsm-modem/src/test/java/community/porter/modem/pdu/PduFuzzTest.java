package community.porter.modem.pdu;

import static community.porter.modem.pdu.TestHex.hex;
import static community.porter.modem.pdu.TestHex.octets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import community.porter.sms.codec.ConcatScheme;
import community.porter.sms.codec.ConcatenationBuffer;
import community.porter.sms.codec.Reassembled;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Whatever a modem prints, the decoder answers with a record or a {@link MalformedPduException}:
 * never an index out of bounds, a null pointer or another codec's exception. Fixed seeds, so a
 * failure names an input that fails again.
 */
class PduFuzzTest {

    private static final long SEED = 23_040L;

    /** The valid vectors and the published ones that are not valid PDUs. */
    private static final List<String> SEEDS = seeds();

    @Test
    void everyTruncationOfEveryPublishedVectorIsRejectedOrDecoded() {
        int decoded = 0;
        for (String vector : SEEDS) {
            for (int end = 0; end <= vector.length(); end++) {
                String prefix = vector.substring(0, end);
                int octets = end / 2;
                decoded += outcome(prefix, () -> PduDecoder.decode(prefix));
                outcome(prefix, () -> PduDecoder.decodeTpdu(prefix));
                outcome(prefix, () -> PduDecoder.decode(prefix, octets));
                outcome(prefix, () -> PduDecoder.decode(prefix, Math.max(0, octets - 8)));
            }
        }
        // Every whole valid vector decodes; some cuts decode too (trailing octets are optional
        // in a status report), most do not.
        assertThat(decoded).isGreaterThanOrEqualTo(PublishedVectors.VALID.size());
    }

    @Test
    void randomOctetsAreRejectedOrDecoded() {
        Random random = new Random(SEED);
        for (int i = 0; i < 50_000; i++) {
            byte[] octets = new byte[random.nextInt(180)];
            random.nextBytes(octets);
            String pdu = hex(octets);
            outcome(pdu, () -> PduDecoder.decode(pdu));
            outcome(pdu, () -> PduDecoder.decodeTpdu(pdu));
        }
    }

    @Test
    void publishedVectorsWithRandomOctetsChangedAreRejectedOrDecoded() {
        Random random = new Random(SEED);
        for (String vector : SEEDS) {
            byte[] original = octets(vector);
            for (int i = 0; i < 3_000; i++) {
                byte[] mutated = original.clone();
                for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                    int at = random.nextInt(mutated.length);
                    // Bit flips and small values hit flags and lengths more often than uniform bytes.
                    mutated[at] = (byte) switch (random.nextInt(3)) {
                        case 0 -> random.nextInt(256);
                        case 1 -> mutated[at] ^ 1 << random.nextInt(8);
                        default -> random.nextInt(9);
                    };
                }
                String pdu = hex(mutated);
                outcome(pdu, () -> PduDecoder.decode(pdu));
                outcome(pdu, () -> PduDecoder.decode(pdu, original.length - 1));
            }
        }
    }

    @Test
    void randomTextsSurviveSplittingEncodingDecodingAndReassembly() {
        Random random = new Random(SEED);
        String[] pieces = {"a", "Z", "0", " ", "@", "€", "{", "]", "^", "\n", "é", "Ω", "开", "门", "\uD83D\uDE00", "\uD83C\uDFE0"};
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int c = 0; c < length; c++) {
                text.append(pieces[random.nextInt(random.nextInt(10) == 0 ? pieces.length : 11)]);
            }
            ConcatScheme scheme = random.nextBoolean() ? ConcatScheme.UDH8 : ConcatScheme.UDH16;
            SubmitRequest request = SubmitRequest.to(Address.international("8613752141860"), text.toString())
                    .withConcatenation(scheme, random.nextInt(0x10000));

            assertThat(reassemble(SubmitPduEncoder.encode(request))).as("text %s", text).isEqualTo(text.toString());
        }
    }

    private static String reassemble(List<SubmitPart> parts) {
        ConcatenationBuffer buffer = new ConcatenationBuffer(Clock.systemUTC(), Duration.ofMinutes(1));
        Optional<Reassembled> whole = Optional.empty();
        for (SubmitPart part : parts) {
            assertThat(part.pdu().hex().length() / 2 - 1).isEqualTo(part.pdu().tpduLength());
            SmsSubmit submit = (SmsSubmit) PduDecoder.decode(part.pdu().hex(), part.pdu().tpduLength());
            String text = submit.userData().text().orElseThrow();
            if (parts.size() == 1) {
                assertThat(submit.userData().concat()).isEmpty();
                return text;
            }
            whole = buffer.add("fuzz", submit.userData().concat().orElseThrow(), text);
        }
        return whole.orElseThrow().text();
    }

    /** @return 1 when the input decoded, 0 when it was rejected as malformed */
    private static int outcome(String input, Supplier<SmsPdu> decode) {
        // Plain checks: this runs some hundred thousand times.
        try {
            if (decode.get() == null) {
                fail("decoding " + input + " returned null");
            }
            return 1;
        } catch (MalformedPduException expected) {
            if (expected.getMessage().isBlank()) {
                fail("decoding " + input + " was rejected without a reason");
            }
            return 0;
        } catch (RuntimeException | StackOverflowError e) {
            return fail("decoding " + input + " threw " + e, e);
        }
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(PublishedVectors.VALID);
        seeds.add(PublishedVectors.WAVECOM_BROKEN_HEADER);
        seeds.add(PublishedVectors.NORDIC_CDS_WITHOUT_MESSAGE_REFERENCE);
        seeds.add("00" + PublishedVectors.AMRO_CDS_TPDU);
        // Built here: a short 7-bit part with an 8-bit concatenation header and its fill bit
        // (the "hello world" user data of UserDataCodecTest), and both header sizes in full parts.
        seeds.add("00" + "44" + "0B912143658709F1" + "00" + "00" + "3130523210658A"
                + "12" + "050003CC0201D06536FB0DBABFE56C32");
        for (ConcatScheme scheme : new ConcatScheme[] {ConcatScheme.UDH8, ConcatScheme.UDH16}) {
            SubmitRequest request = SubmitRequest.to(Address.unknown("10086"), "{Porter} ".repeat(20))
                    .withConcatenation(scheme, 0x4242);
            seeds.add(SubmitPduEncoder.encode(request).get(0).pdu().hex());
        }
        return List.copyOf(seeds);
    }
}
