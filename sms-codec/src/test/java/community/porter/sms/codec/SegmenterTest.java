package community.porter.sms.codec;

import static community.porter.sms.codec.Hex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SegmenterTest {

    private static final String EMOJI = "\uD83D\uDE00";
    private static final Segmenter UDH8 = new Segmenter(ConcatScheme.UDH8, 255);

    @Test
    void emptyTextIsOneEmptyPart() {
        List<Segment> parts = UDH8.split("", Alphabet.GSM7, 7);

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.partNumber()).isEqualTo(1);
            assertThat(part.partCount()).isEqualTo(1);
            assertThat(part.udh()).isNull();
            assertThat(part.payload()).isEmpty();
            assertThat(part.text()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}: {1} units fit one part")
    @CsvSource({"GSM7, 160", "UCS2, 70", "LATIN1, 140"})
    void aTextThatFitsOnePartIsSentWithoutHeader(Alphabet alphabet, int units) {
        String text = filler(alphabet, units);

        List<Segment> parts = UDH8.split(text, alphabet, 7);

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.udh()).isNull();
            assertThat(part.partCount()).isEqualTo(1);
            assertThat(part.text()).isEqualTo(text);
            assertThat(part.payload()).isEqualTo(SmsTextCodec.encode(text, alphabet));
        });
    }

    @ParameterizedTest(name = "{0} with {1}: parts of {2}")
    @CsvSource({
        "GSM7, UDH8, 153", "UCS2, UDH8, 67", "LATIN1, UDH8, 134",
        "GSM7, UDH16, 152", "UCS2, UDH16, 66", "LATIN1, UDH16, 133",
        "GSM7, SAR, 153", "UCS2, SAR, 67", "LATIN1, SAR, 134"
    })
    void oneUnitOverASinglePartMakesTwoPartsSizedForTheHeader(Alphabet alphabet, ConcatScheme scheme, int partSize) {
        int single = alphabet == Alphabet.GSM7 ? 160 : alphabet == Alphabet.UCS2 ? 70 : 140;
        String text = filler(alphabet, single + 1);

        List<Segment> parts = new Segmenter(scheme, 255).split(text, alphabet, 7);

        assertThat(parts).extracting(part -> part.text().length()).containsExactly(partSize, single + 1 - partSize);
        assertThat(parts).extracting(Segment::partNumber).containsExactly(1, 2);
        assertThat(parts).allSatisfy(part -> assertThat(part.partCount()).isEqualTo(2));
    }

    @Test
    void eightBitHeadersNumberThePartsUnderOneReference() {
        List<Segment> parts = UDH8.split("a".repeat(161), Alphabet.GSM7, 0x42);

        assertThat(hex(parts.get(0).udh())).isEqualTo("05 00 03 42 02 01");
        assertThat(hex(parts.get(1).udh())).isEqualTo("05 00 03 42 02 02");
        assertThat(parts).allSatisfy(part -> assertThat(part.reference()).isEqualTo(0x42));
    }

    @Test
    void sixteenBitHeadersCarryTheReferenceBigEndian() {
        List<Segment> parts = new Segmenter(ConcatScheme.UDH16, 10).split("a".repeat(161), Alphabet.GSM7, 0x1234);

        assertThat(hex(parts.get(0).udh())).isEqualTo("06 08 04 12 34 02 01");
        assertThat(hex(parts.get(1).udh())).isEqualTo("06 08 04 12 34 02 02");
    }

    @Test
    void sarPartsHaveNoHeaderButKeepTheirNumbers() {
        List<Segment> parts = new Segmenter(ConcatScheme.SAR, 10).split("a".repeat(161), Alphabet.GSM7, 0x1234);

        assertThat(parts).allSatisfy(part -> assertThat(part.udh()).isNull());
        assertThat(parts).extracting(Segment::partNumber).containsExactly(1, 2);
        assertThat(parts).extracting(Segment::reference).containsOnly(0x1234);
    }

    @ParameterizedTest(name = "{0} reference {1} is carried as {2}")
    @CsvSource({"UDH8, 4660, 52", "UDH8, -1, 255", "UDH8, 256, 0", "UDH16, 74565, 9029", "UDH16, -1, 65535",
        "SAR, 74565, 9029"})
    void theReferenceIsMaskedToWhatTheSchemeCarries(ConcatScheme scheme, int reference, int carried) {
        List<Segment> parts = new Segmenter(scheme, 10).split("a".repeat(200), Alphabet.GSM7, reference);

        assertThat(parts).extracting(Segment::reference).containsOnly(carried);
        ParsedUserData header = scheme == ConcatScheme.SAR ? null : UserDataHeader.parse(parts.get(0).udh());
        if (header != null) {
            assertThat(header.concat()).get().extracting(ConcatInfo::reference).isEqualTo(carried);
        }
    }

    @Test
    void threeHundredChineseCharactersAreFivePartsThatRejoinToTheText() {
        String text = chinese(300);

        List<Segment> parts = UDH8.split(text, Alphabet.UCS2, 9);

        assertThat(parts).hasSize(5);
        assertThat(parts).extracting(part -> part.text().length()).containsExactly(67, 67, 67, 67, 32);
        assertThat(parts.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(text);
        for (Segment part : parts) {
            assertThat(part.payload()).isEqualTo(Ucs2.encode(part.text()));
            assertThat(part.udh()).isEqualTo(UserDataHeader.concat8(9, 5, part.partNumber()));
            assertThat(UserDataHeader.CONCAT_8_LENGTH + part.payload().length).isLessThanOrEqualTo(140);
        }
    }

    @Test
    void anEmojiThatWouldStraddleTheBoundaryStartsTheNextPart() {
        // 66 code units, then a pair at units 67-68: the first part stops at 66.
        String text = chinese(66) + EMOJI + chinese(10);

        List<Segment> parts = UDH8.split(text, Alphabet.UCS2, 1);

        assertThat(parts.get(0).text()).isEqualTo(chinese(66));
        assertThat(parts.get(0).payload()).hasSize(132);
        assertThat(parts.get(1).text()).startsWith(EMOJI);
        assertThat(hex(parts.get(1).payload())).startsWith("D8 3D DE 00");
    }

    @Test
    void anEmojiThatEndsExactlyAtTheBoundaryStaysInItsPart() {
        String text = chinese(65) + EMOJI + chinese(10);

        List<Segment> parts = UDH8.split(text, Alphabet.UCS2, 1);

        assertThat(parts.get(0).text()).isEqualTo(chinese(65) + EMOJI);
        assertThat(parts.get(0).payload()).hasSize(134);
    }

    @Test
    void aEuroSignAtSeptet153StartsTheNextPartWithItsEscape() {
        // 152 septets, then '€' as escape + code at septets 153-154.
        String text = "a".repeat(152) + "€" + "b".repeat(20);

        List<Segment> parts = UDH8.split(text, Alphabet.GSM7, 1);

        assertThat(parts.get(0).text()).isEqualTo("a".repeat(152));
        assertThat(parts.get(0).payload()).hasSize(152);
        assertThat(hex(parts.get(1).payload())).startsWith("1B 65 62");
        assertThat(parts.get(0).text() + parts.get(1).text()).isEqualTo(text);
    }

    @Test
    void aEuroSignEndingAtSeptet153StaysInItsPart() {
        String text = "a".repeat(151) + "€" + "b".repeat(20);

        List<Segment> parts = UDH8.split(text, Alphabet.GSM7, 1);

        assertThat(parts.get(0).text()).isEqualTo("a".repeat(151) + "€");
        assertThat(hex(parts.get(0).payload())).endsWith("1B 65");
        assertThat(parts.get(0).payload()).hasSize(153);
    }

    @Test
    void anOpeningBraceAtSeptet153StartsTheNextPartWithItsEscape() {
        // '{' is escape 0x1B + 0x28: its two septets would be 153 and 154.
        String text = "a".repeat(152) + "{" + "b".repeat(20);

        List<Segment> parts = UDH8.split(text, Alphabet.GSM7, 1);

        assertThat(parts.get(0).text()).isEqualTo("a".repeat(152));
        assertThat(hex(parts.get(0).payload())).doesNotContain("1B");
        assertThat(hex(parts.get(1).payload())).startsWith("1B 28 62");
    }

    /** Where a part ends under each scheme: a 16-bit reference costs one more octet. */
    @ParameterizedTest(name = "{0}: an emoji at units {1}-{2} starts part 2")
    @CsvSource({"UDH8, 67, 68", "UDH16, 66, 67", "SAR, 67, 68", "PAYLOAD, 67, 68"})
    void anEmojiAcrossThePartBoundaryOfEverySchemeStartsTheNextPart(ConcatScheme scheme, int firstUnit, int secondUnit) {
        String text = chinese(firstUnit - 1) + EMOJI + chinese(80);

        List<Segment> parts = new Segmenter(scheme, 255).split(text, Alphabet.UCS2, 1);

        assertThat(parts.get(0).text()).isEqualTo(chinese(firstUnit - 1));
        assertThat(parts.get(1).text()).startsWith(EMOJI);
        assertThat(hex(parts.get(1).payload())).startsWith("D8 3D DE 00");
        assertThat(parts.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}: an escape at septets {1}-{2} starts part 2")
    @CsvSource({"UDH8, 153, 154", "UDH16, 152, 153", "SAR, 153, 154", "PAYLOAD, 153, 154"})
    void anEscapedCharacterAcrossThePartBoundaryOfEverySchemeStartsTheNextPart(ConcatScheme scheme, int firstSeptet,
            int secondSeptet) {
        for (String escaped : List.of("€", "{")) {
            String text = "a".repeat(firstSeptet - 1) + escaped + "b".repeat(40);

            List<Segment> parts = new Segmenter(scheme, 255).split(text, Alphabet.GSM7, 1);

            assertThat(parts.get(0).text()).as(escaped).isEqualTo("a".repeat(firstSeptet - 1));
            assertThat(parts.get(1).text()).as(escaped).startsWith(escaped);
            assertThat(parts.get(1).payload()[0]).as("escape first in part 2").isEqualTo((byte) 0x1B);
        }
    }

    @Test
    void payloadPartsAreSizedAsEightBitPartsWithoutHeaderAndRejoinToTheText() {
        String text = chinese(300);

        List<Segment> parts = new Segmenter(ConcatScheme.PAYLOAD, 6).split(text, Alphabet.UCS2, 70_000);

        assertThat(parts).extracting(part -> part.text().length()).containsExactly(67, 67, 67, 67, 32);
        assertThat(parts).allSatisfy(part -> assertThat(part.udh()).isNull());
        assertThat(parts).extracting(Segment::reference).containsOnly(70_000 & 0xFFFF);
        assertThat(parts.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void aPayloadTextIsRefusedPastMaxPartsLikeAnyOther() {
        assertThatThrownBy(() -> new Segmenter(ConcatScheme.PAYLOAD, 4).split(chinese(300), Alphabet.UCS2, 1))
                .isInstanceOfSatisfying(TooManyPartsException.class, e -> assertThat(e.parts()).isEqualTo(5));
    }

    @Test
    void extensionCharactersCountTwiceTowardsTheSinglePartLimit() {
        assertThat(UDH8.split("a".repeat(158) + "€", Alphabet.GSM7, 1)).hasSize(1);
        assertThat(UDH8.split("a".repeat(159) + "€", Alphabet.GSM7, 1)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(ConcatScheme.class)
    void randomTextsAreSplitWithinCapacityWithoutBreakingACharacter(ConcatScheme scheme) {
        Segmenter segmenter = new Segmenter(scheme, 255);
        Random random = new Random(23040);
        String[] pieces = {"a", "€", "[", "中", EMOJI, "\uD842\uDFB7", " "};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(random.nextBoolean() ? 3 : pieces.length)]);
            }
            String whole = text.toString();
            Alphabet alphabet = SmsTextCodec.choose(whole);

            List<Segment> parts = segmenter.split(whole, alphabet, round);

            assertThat(parts.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(whole);
            if (scheme != ConcatScheme.UDH16) {
                assertThat(parts).hasSize(Segmenter.countParts(whole));
            }
            int header = scheme == ConcatScheme.UDH16 ? 1 : 0;
            int capacity = parts.size() == 1 ? (alphabet == Alphabet.GSM7 ? 160 : 140)
                    : (alphabet == Alphabet.GSM7 ? 153 - header : 134 - 2 * header);
            for (Segment part : parts) {
                assertThat(part.payload().length).as("part %s of %s", part.partNumber(), whole)
                        .isLessThanOrEqualTo(capacity);
                assertThat(part.payload()).isEqualTo(SmsTextCodec.encode(part.text(), alphabet));
                assertThat(part.text()).doesNotEndWith("\uD83D").doesNotStartWith("\uDE00");
                if (!part.text().isEmpty()) {
                    assertThat(Character.isHighSurrogate(part.text().charAt(part.text().length() - 1))).isFalse();
                }
            }
        }
    }

    @Test
    void aTextNeedingMorePartsThanAllowedIsRefusedWithTheCount() {
        Segmenter upToThree = new Segmenter(ConcatScheme.UDH8, 3);

        assertThat(upToThree.split(chinese(201), Alphabet.UCS2, 1)).hasSize(3);
        assertThatThrownBy(() -> upToThree.split(chinese(202), Alphabet.UCS2, 1))
                .isInstanceOfSatisfying(TooManyPartsException.class, e -> {
                    assertThat(e.parts()).isEqualTo(4);
                    assertThat(e.maxParts()).isEqualTo(3);
                })
                .hasMessageContaining("4 parts")
                .hasMessageContaining("at most 3");
    }

    @Test
    void aSinglePartLimitStillAllowsAFullSinglePart() {
        Segmenter single = new Segmenter(ConcatScheme.UDH8, 1);

        assertThat(single.split("a".repeat(160), Alphabet.GSM7, 1)).hasSize(1);
        assertThatThrownBy(() -> single.split("a".repeat(161), Alphabet.GSM7, 1))
                .isInstanceOf(TooManyPartsException.class);
    }

    @Test
    void splittingWithoutAnAlphabetChoosesOne() {
        assertThat(UDH8.split("KM 3-1", 1).get(0).payload()).isEqualTo(GsmAlphabet.encode("KM 3-1"));
        assertThat(UDH8.split("开门", 1).get(0).payload()).isEqualTo(Ucs2.encode("开门"));
    }

    @Test
    void textOutsideTheAlphabetIsUnencodable() {
        assertThatThrownBy(() -> UDH8.split("KM 开门", Alphabet.GSM7, 1))
                .isInstanceOfSatisfying(UnencodableTextException.class, e -> assertThat(e.index()).isEqualTo(3));
        assertThatThrownBy(() -> UDH8.split("5€", Alphabet.LATIN1, 1))
                .isInstanceOf(UnencodableTextException.class);
    }

    @Test
    void binaryCannotBeSplitAsText() {
        assertThatThrownBy(() -> UDH8.split("hi", Alphabet.BINARY, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maxPartsMustFitTheHeadersPartCount() {
        assertThatThrownBy(() -> new Segmenter(ConcatScheme.UDH8, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Segmenter(ConcatScheme.UDH8, 256)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" x {1} is {2} parts")
    @CsvSource({"a, 0, 1", "a, 160, 1", "a, 161, 2", "a, 306, 2", "a, 307, 3", "€, 80, 1", "€, 81, 2",
        "中, 70, 1", "中, 71, 2", "中, 134, 2", "中, 135, 3", "中, 300, 5"})
    void partsAreCountedTheUsualWay(String piece, int times, int parts) {
        assertThat(Segmenter.countParts(piece.repeat(times))).isEqualTo(parts);
    }

    @Test
    void oneChineseCharacterTurnsALongLatinTextIntoUcs2Parts() {
        assertThat(Segmenter.countParts("a".repeat(100))).isEqualTo(1);
        assertThat(Segmenter.countParts("a".repeat(100) + "中")).isEqualTo(2);
    }

    @Test
    void countingIsNotLimitedByAnyMaximum() {
        assertThat(Segmenter.countParts("a".repeat(153 * 300))).isEqualTo(300);
    }

    @ParameterizedTest
    @EnumSource(ConcatScheme.class)
    void segmentsCompareByContentAndCannotBeChangedFromOutside(ConcatScheme scheme) {
        Segmenter segmenter = new Segmenter(scheme, 5);
        Segment part = segmenter.split("a".repeat(200), Alphabet.GSM7, 3).get(0);
        part.payload()[0] = 0;
        if (part.udh() != null) {
            part.udh()[0] = 0;
        }

        assertThat(part).isEqualTo(segmenter.split("a".repeat(200), Alphabet.GSM7, 3).get(0));
        assertThat(part.hashCode()).isEqualTo(segmenter.split("a".repeat(200), Alphabet.GSM7, 3).get(0).hashCode());
        assertThat(part.toString()).contains("part=1/2");
    }

    private static String filler(Alphabet alphabet, int units) {
        return alphabet == Alphabet.UCS2 ? chinese(units) : alphabet == Alphabet.LATIN1 ? "é".repeat(units)
                : "a".repeat(units);
    }

    /** Distinct characters, so a part in the wrong place would show. */
    private static String chinese(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) (0x4E00 + i));
        }
        return text.toString();
    }
}
