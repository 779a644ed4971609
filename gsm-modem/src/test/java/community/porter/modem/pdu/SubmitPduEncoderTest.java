package community.porter.modem.pdu;

import static community.porter.modem.pdu.PublishedVectors.DREAMFABRIC_SUBMIT;
import static community.porter.modem.pdu.PublishedVectors.NEOWAY_CMGS;
import static community.porter.modem.pdu.PublishedVectors.NEOWAY_CMGS_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.NEOWAY_CMGS_WITH_SMSC;
import static community.porter.modem.pdu.PublishedVectors.NORDIC_CMGS;
import static community.porter.modem.pdu.PublishedVectors.NORDIC_CMGS_LENGTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatInfo;
import community.porter.sms.codec.ConcatScheme;
import community.porter.sms.codec.TooManyPartsException;
import community.porter.sms.codec.UnencodableTextException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitPduEncoderTest {

    private static final Address RESIDENT = Address.international("8613752141860");

    @Test
    void dreamfabricHelloHelloEncodesToThePublishedPdu() {
        List<SubmitPart> parts = SubmitPduEncoder.encode(SubmitRequest.to(Address.international("46708251358"), "hellohello")
                .withValidityPeriod(ValidityPeriod.relative(Duration.ofDays(4))));

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.pdu().hex()).isEqualTo(DREAMFABRIC_SUBMIT);
            assertThat(part.pdu().tpduLength()).isEqualTo(23);
        });
    }

    @Test
    void nordicExampleEncodesWithItsServiceCentre() {
        List<SubmitPart> parts = SubmitPduEncoder.encode(
                SubmitRequest.to(Address.parse("+358401234567"), "Testing a sms messaging over lte")
                        .withServiceCentre(Address.international("448888888"))
                        .withValidityPeriod(ValidityPeriod.relative(Duration.ofHours(1))));

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.pdu().hex()).isEqualTo(NORDIC_CMGS);
            assertThat(part.pdu().tpduLength()).isEqualTo(NORDIC_CMGS_LENGTH);
        });
    }

    @Test
    void neowayExampleEncodesInUcs2WithAndWithoutServiceCentre() {
        SubmitRequest request = SubmitRequest.to(Address.unknown("13421839693"), "hello").withAlphabet(Alphabet.UCS2);

        EncodedPdu own = SubmitPduEncoder.encode(request).get(0).pdu();
        EncodedPdu unicom = SubmitPduEncoder.encode(request.withServiceCentre(Address.international("8613800755500")))
                .get(0).pdu();

        assertThat(own).isEqualTo(new EncodedPdu(NEOWAY_CMGS, NEOWAY_CMGS_LENGTH));
        assertThat(unicom).isEqualTo(new EncodedPdu(NEOWAY_CMGS_WITH_SMSC, NEOWAY_CMGS_LENGTH));
    }

    @Test
    void statusReportRequestAndMessageReferenceAreInTheFirstOctets() {
        SubmitPart part = SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, "OK").withStatusReport()
                .withMessageReference(0x7F)).get(0);

        // SMSC 00, first octet 21 (SMS-SUBMIT, TP-SRR, no TP-VP), TP-MR 7F.
        assertThat(part.pdu().hex()).startsWith("00217F");
        SmsSubmit read = (SmsSubmit) PduDecoder.decode(part.pdu().hex());
        assertThat(read.statusReportRequest()).isTrue();
        assertThat(read.messageReference()).isEqualTo(0x7F);
    }

    @Test
    void absoluteValidityPeriodIsASevenOctetTimeStamp() {
        OffsetDateTime expiry = OffsetDateTime.parse("2016-01-14T17:12:38+08:00");
        SubmitPart part = SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, "OK")
                .withValidityPeriod(ValidityPeriod.absolute(expiry))).get(0);

        // First octet 19: TP-VPF 11 (absolute). After PID 00 and DCS 00 comes the time stamp.
        assertThat(part.pdu().hex()).startsWith("0019").contains("0000" + "61104171218323" + "02");
        assertThat(((SmsSubmit) PduDecoder.decode(part.pdu().hex())).validityPeriod())
                .contains(ValidityPeriod.absolute(expiry));
    }

    @Test
    void classZeroTextCarriesItsClassInTheDataCoding() {
        SubmitPart part = SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, "Door open")
                .withMessageClass(MessageClass.CLASS_0)).get(0);

        assertThat(part.submit().dataCoding().value()).isEqualTo(0x10);
    }

    @Test
    void longGsmTextSplitsIntoPartsWithEightBitConcatenationHeaders() {
        String text = "A".repeat(153) + "B".repeat(8);
        List<SubmitPart> parts = SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, text)
                .withConcatenation(ConcatScheme.UDH8, 0x1234).withMessageReference(255));

        assertThat(parts).hasSize(2);
        assertThat(parts).extracting(SubmitPart::text).containsExactly("A".repeat(153), "B".repeat(8));
        // First octet 41 (SMS-SUBMIT with TP-UDHI); TP-MR counts up from 255, wrapping to 0.
        assertThat(parts.get(0).pdu().hex()).startsWith("0041FF");
        assertThat(parts.get(1).pdu().hex()).startsWith("004100");
        // TP-UDL of a full part is 160 septets (A0): 7 for the header and fill bit, 153 of text.
        assertThat(parts.get(0).pdu().hex()).contains("0000A0" + "050003340201");
        assertThat(parts.get(0).pdu().tpduLength()).isEqualTo(1 + 1 + 1 + 1 + 7 + 1 + 1 + 1 + 140);
        for (SubmitPart part : parts) {
            assertThat(part.pdu().hex().length() / 2 - 1).isEqualTo(part.pdu().tpduLength());
            SmsSubmit read = (SmsSubmit) PduDecoder.decode(part.pdu().hex(), part.pdu().tpduLength());
            assertThat(read.userData().concat()).contains(new ConcatInfo(0x34, 2, part.partNumber(), false));
            assertThat(read.userData().text()).contains(part.text());
        }
    }

    @Test
    void sixteenBitReferencesTakeOneSeptetMoreAndNoFillBits() {
        String text = "x".repeat(200);
        List<SubmitPart> parts = SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, text)
                .withConcatenation(ConcatScheme.UDH16, 0xBEEF));

        assertThat(parts).extracting(SubmitPart::text).containsExactly("x".repeat(152), "x".repeat(48));
        assertThat(parts.get(0).pdu().hex()).contains("A0" + "060804BEEF0201");
        SmsSubmit second = (SmsSubmit) PduDecoder.decode(parts.get(1).pdu().hex());
        assertThat(second.userData().concat()).contains(new ConcatInfo(0xBEEF, 2, 2, true));
        assertThat(second.userData().text()).contains("x".repeat(48));
    }

    @Test
    void chineseTextWithEmojiSplitsInUcs2WithoutBreakingASurrogatePair() {
        String text = "门".repeat(66) + "\uD83D\uDE00" + "开".repeat(3);
        List<SubmitPart> parts = SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, text));

        assertThat(parts).extracting(SubmitPart::text).containsExactly("门".repeat(66), "\uD83D\uDE00开开开");
        assertThat(parts.get(1).submit().dataCoding()).isEqualTo(DataCodingScheme.UCS2);
        StringBuilder joined = new StringBuilder();
        for (SubmitPart part : parts) {
            joined.append(((SmsSubmit) PduDecoder.decode(part.pdu().hex())).userData().text().orElseThrow());
        }
        assertThat(joined).hasToString(text);
    }

    @Test
    void extensionTableCharactersAreCountedAsTwoSeptets() {
        SubmitPart part = SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, "[€5]")).get(0);

        SmsSubmit read = (SmsSubmit) PduDecoder.decode(part.pdu().hex());
        assertThat(read.dataCoding()).isEqualTo(DataCodingScheme.GSM7);
        assertThat(read.userData().payload()).hasSize(7);
        assertThat(read.userData().text()).contains("[€5]");
    }

    @Test
    void textNeedingMorePartsThanAllowedIsRefused() {
        assertThatThrownBy(() -> SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, "y".repeat(500)).withMaxParts(3)))
                .isInstanceOf(TooManyPartsException.class);
    }

    @Test
    void gsmAskedForTextOutsideItIsRefused() {
        assertThatThrownBy(() -> SubmitPduEncoder.encode(SubmitRequest.to(RESIDENT, "开门").withAlphabet(Alphabet.GSM7)))
                .isInstanceOf(UnencodableTextException.class);
    }

    @Test
    void requestsAPduCannotCarryAreRefused() {
        SubmitRequest request = SubmitRequest.to(RESIDENT, "hi");

        assertThatThrownBy(() -> request.withConcatenation(ConcatScheme.SAR, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request.withAlphabet(Alphabet.LATIN1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request.withMessageReference(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request.withMaxParts(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
