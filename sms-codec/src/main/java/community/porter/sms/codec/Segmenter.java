package community.porter.sms.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a text into the parts of a (possibly long) message.
 *
 * <p>Part sizes (3GPP TS 23.040; 140 octets of user data a part):
 * <pre>
 *              single part     UDH8 / SAR     UDH16
 *   GSM7       160 septets     153            152
 *   UCS2        70 units        67             66
 *   LATIN1     140 octets      134            133
 * </pre>
 * A character is never cut: not a UCS-2 surrogate pair (a handset would show two broken
 * halves), not a GSM escape and the code it escapes. A part that would end inside one is one
 * unit shorter.
 */
public final class Segmenter {

    private static final int MAX_PARTS = 255;

    private final ConcatScheme scheme;
    private final int maxParts;

    /**
     * @param scheme   how the parts are tied together
     * @param maxParts most parts a text may take, 1 to 255 (a header counts parts in one octet)
     * @throws IllegalArgumentException when maxParts is out of range
     */
    public Segmenter(ConcatScheme scheme, int maxParts) {
        if (maxParts < 1 || maxParts > MAX_PARTS) {
            throw new IllegalArgumentException("max parts must be 1 to " + MAX_PARTS + ", not " + maxParts);
        }
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.maxParts = maxParts;
    }

    /**
     * Splits a text in the alphabet {@link SmsTextCodec#choose(String)} picks for it.
     *
     * @param text      the whole text
     * @param reference concatenation reference (masked to what the scheme carries)
     * @return the parts, in order
     * @throws TooManyPartsException when the text needs more than maxParts parts
     */
    public List<Segment> split(String text, int reference) {
        return split(text, SmsTextCodec.choose(text), reference);
    }

    /**
     * Splits a text into parts. An empty text is one empty part.
     *
     * @param text      the whole text
     * @param alphabet  GSM7, UCS2 or LATIN1
     * @param reference concatenation reference; masked to 8 bits for UDH8 and to 16 bits for
     *                  UDH16, SAR and PAYLOAD, so a counter or an outbox id can be passed as it is
     * @return the parts, in order; each carries its header (for UDH schemes) and encoded text
     * @throws TooManyPartsException    when the text needs more than maxParts parts
     * @throws UnencodableTextException when the text does not fit the alphabet
     * @throws IllegalArgumentException when the alphabet is BINARY
     */
    public List<Segment> split(String text, Alphabet alphabet, int reference) {
        List<Integer> starts = partStarts(text, alphabet, scheme);
        int count = starts.size();
        if (count > maxParts) {
            throw new TooManyPartsException(count, maxParts);
        }
        int ref = scheme == ConcatScheme.UDH8 ? reference & 0xFF : reference & 0xFFFF;
        List<Segment> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int end = i + 1 < count ? starts.get(i + 1) : text.length();
            String partText = text.substring(starts.get(i), end);
            byte[] udh = count == 1 ? null : header(ref, count, i + 1);
            parts.add(new Segment(ref, i + 1, count, udh, SmsTextCodec.encode(partText, alphabet), partText));
        }
        return List.copyOf(parts);
    }

    /**
     * How many parts a text takes when sent the usual way: in the alphabet
     * {@link SmsTextCodec#choose(String)} picks, with 8-bit concatenation headers, however many.
     *
     * @param text the whole text
     * @return 1 or more
     */
    public static int countParts(String text) {
        return partStarts(text, SmsTextCodec.choose(text), ConcatScheme.UDH8).size();
    }

    private byte[] header(int ref, int count, int sequence) {
        return switch (scheme) {
            case UDH8 -> UserDataHeader.concat8(ref, count, sequence);
            case UDH16 -> UserDataHeader.concat16(ref, count, sequence);
            case SAR, PAYLOAD -> null;
        };
    }

    /** Char index where each part starts; one entry (0) when the text fits a single part. */
    private static List<Integer> partStarts(String text, Alphabet alphabet, ConcatScheme scheme) {
        int[] widths = unitWidths(text, alphabet);
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        if (total <= singlePartCapacity(alphabet)) {
            return starts;
        }
        int capacity = singlePartCapacity(alphabet) - overhead(alphabet, scheme);
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            // Zero width marks the second half of a surrogate pair, counted with its first.
            if (widths[i] > 0 && used + widths[i] > capacity) {
                starts.add(i);
                used = 0;
            }
            used += widths[i];
        }
        return starts;
    }

    /**
     * Units each char costs in the alphabet: septets (1 or 2) for GSM7, code units for UCS2
     * (2 on the high half of a surrogate pair, 0 on its low half, so the pair stays whole),
     * octets for LATIN1.
     */
    private static int[] unitWidths(String text, Alphabet alphabet) {
        int[] widths = new int[text.length()];
        for (int i = 0; i < widths.length; i++) {
            char c = text.charAt(i);
            switch (alphabet) {
                case GSM7 -> {
                    widths[i] = GsmAlphabet.septetsOf(c);
                    if (widths[i] == 0) {
                        throw GsmAlphabet.unencodable(text, i);
                    }
                }
                case UCS2 -> {
                    if (Character.isHighSurrogate(c) && i + 1 < widths.length
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        widths[i++] = 2;
                    } else {
                        widths[i] = 1;
                    }
                }
                case LATIN1 -> {
                    if (c > 0xFF) {
                        throw new UnencodableTextException(Alphabet.LATIN1, i, text.codePointAt(i));
                    }
                    widths[i] = 1;
                }
                case BINARY -> throw new IllegalArgumentException("BINARY is not an alphabet for text");
            }
        }
        return widths;
    }

    private static int singlePartCapacity(Alphabet alphabet) {
        return alphabet == Alphabet.GSM7 ? 160 : alphabet == Alphabet.UCS2 ? 70 : 140;
    }

    /** Units of a part the header takes: for UDH8 153/67/134 remain, for UDH16 152/66/133. */
    private static int overhead(Alphabet alphabet, ConcatScheme scheme) {
        int headerOctets = scheme == ConcatScheme.UDH16
                ? UserDataHeader.CONCAT_16_LENGTH : UserDataHeader.CONCAT_8_LENGTH;
        return switch (alphabet) {
            case GSM7 -> UserDataHeader.headerSeptets(headerOctets);
            case UCS2 -> (headerOctets + 1) / 2;
            default -> headerOctets;
        };
    }
}
