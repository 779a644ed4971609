package community.porter.modem.pdu;

import static community.porter.modem.pdu.TestHex.reader;
import static community.porter.modem.pdu.TestHex.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampCodecTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // Wikipedia, "GSM 03.40": 23:01:56 on 25 March 2013 PST (GMT-7) is 31 30 52 32 10 65 8A.
        "31 30 52 32 10 65 8A, 2013-03-25T23:01:56-07:00",
        // Siemens MC35 PDU notes (TP-SCTS): 99 20 21 50 75 03 21 is 12 Feb 1999 05:57:30 GMT+3.
        "99 20 21 50 75 03 21, 1999-02-12T05:57:30+03:00",
        // dreamfabric SMS-DELIVER example: 99 30 92 51 61 95 80.
        "99 30 92 51 61 95 80, 1999-03-29T15:16:59+02:00",
        // Wavecom +CMGL (Stack Overflow): 51 40 72 32 95 52 8A.
        "51 40 72 32 95 52 8A, 2015-04-27T23:59:25-07:00"
    })
    void publishedTimestampsReadAsTheirSourcesSay(String octets, String expected) {
        OffsetDateTime time = TimestampCodec.read(reader(octets), "TP-SCTS");

        assertThat(time).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(written(w -> TimestampCodec.write(w, time))).isEqualTo(octets.replace(" ", ""));
    }

    @Test
    void zoneIsSwappedSemiOctetsLikeTheOtherFields() {
        // Zoom 4575 modem manual: absolute TP-VP for 2016-01-14 17:12:38 GMT+08:00 is given as
        // 61 10 41 71 21 83 32, the zone printed unswapped. 32 quarters swapped is 0x23; 0x32
        // itself is 23 quarters, +05:45.
        assertThat(TimestampCodec.read(reader("61 10 41 71 21 83 23"), "TP-VP"))
                .isEqualTo(OffsetDateTime.parse("2016-01-14T17:12:38+08:00"));
        assertThat(TimestampCodec.read(reader("61 10 41 71 21 83 32"), "TP-VP").getOffset())
                .isEqualTo(ZoneOffset.ofHoursMinutes(5, 45));
    }

    @Test
    void negativeOffsetsSetTheSignBitOfTheFirstSemiOctet() {
        OffsetDateTime newfoundland = OffsetDateTime.parse("2024-11-03T01:30:00-03:30");

        // 14 quarters: semi-octets 1 and 4, low nibble first (0x41), sign bit 0x08: 0x49.
        assertThat(written(w -> TimestampCodec.write(w, newfoundland))).endsWith("49");
        assertThat(TimestampCodec.read(reader(written(w -> TimestampCodec.write(w, newfoundland))), "TP-DT"))
                .isEqualTo(newfoundland);
    }

    @Test
    void everyQuarterHourOffsetFromMinusTwelveToPlusFourteenReadsBack() {
        for (int quarters = -48; quarters <= 56; quarters++) {
            OffsetDateTime time = OffsetDateTime.of(2026, 2, 28, 23, 59, 58, 0,
                    ZoneOffset.ofTotalSeconds(quarters * 15 * 60));
            String octets = written(w -> TimestampCodec.write(w, time));

            assertThat(TimestampCodec.read(reader(octets), "TP-SCTS")).as("offset %s", time.getOffset()).isEqualTo(time);
        }
    }

    @Test
    void negativeZeroOffsetIsUtc() {
        // Time stamp of the "How are you?" +CMGL example read from a Jindi modem (jdsms.com.cn help desk).
        assertThat(TimestampCodec.read(reader("20 80 62 91 73 14 08"), "TP-SCTS").getOffset())
                .isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void twoDigitYearsAreReadAsNineteenSeventyToTwentySixtyNine() {
        assertThat(TimestampCodec.read(reader("96 10 10 00 00 00 00"), "TP-SCTS").getYear()).isEqualTo(2069);
        assertThat(TimestampCodec.read(reader("07 10 10 00 00 00 00"), "TP-SCTS").getYear()).isEqualTo(1970);
    }

    @Test
    void nonDecimalSemiOctetIsRejectedWithItsOctet() {
        assertThatThrownBy(() -> TimestampCodec.read(reader("99 30 9A 51 61 95 80"), "TP-SCTS"))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-SCTS octet 3 (0x9A) is not two decimal semi-octets")
                .hasMessageEndingWith("(at octet 2)");
        assertThatThrownBy(() -> TimestampCodec.read(reader("99 30 92 51 61 95 F0"), "TP-DT"))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-DT octet 7 (0xF0)");
    }

    @Test
    void impossibleDatesTimesAndOffsetsAreRejected() {
        // 30 February; hour 24; 79 quarters (over 18 hours).
        for (String octets : new String[] {"42 20 03 21 00 00 00", "42 20 12 42 00 00 00", "42 20 12 21 00 00 97"}) {
            assertThatThrownBy(() -> TimestampCodec.read(reader(octets), "TP-SCTS"))
                    .as(octets)
                    .isInstanceOf(MalformedPduException.class)
                    .hasMessageContaining("TP-SCTS is not a valid time");
        }
    }

    @Test
    void truncatedTimestampIsRejected() {
        assertThatThrownBy(() -> TimestampCodec.read(reader("99 30 92"), "TP-SCTS"))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-SCTS needs 7 octets, only 3 left");
    }

    @Test
    void timesTwoDigitsOrQuarterHoursCannotCarryAreRefusedWhenWriting() {
        assertThatThrownBy(() -> written(w -> TimestampCodec.write(w, OffsetDateTime.parse("2070-01-01T00:00:00Z"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year 2070");
        assertThatThrownBy(() -> written(w -> TimestampCodec.write(w, OffsetDateTime.parse("2026-01-01T00:00:00+05:20"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quarter hours");
    }
}
