package community.porter.modem.pdu;

import static community.porter.modem.pdu.PublishedVectors.AMRO_CDS_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.AMRO_CDS_TPDU;
import static community.porter.modem.pdu.PublishedVectors.CSDN_STATUS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import community.porter.modem.pdu.DeliveryStatus.Outcome;
import community.porter.sms.codec.Alphabet;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusReportDecodingTest {

    @Test
    void cdsPrintedWithoutTheSmscFieldIsReadAsATpdu() {
        SmsStatusReport report = (SmsStatusReport) PduDecoder.decodeTpdu(AMRO_CDS_TPDU);

        assertThat(report.serviceCentre()).isEmpty();
        assertThat(report.messageReference()).isZero();
        assertThat(report.recipient()).isEqualTo(Address.international("20121875612"));
        assertThat(report.serviceCentreTimestamp()).isEqualTo(OffsetDateTime.parse("2007-09-12T15:10:12+02:00"));
        assertThat(report.dischargeTime()).isEqualTo(OffsetDateTime.parse("2007-09-12T15:10:17+02:00"));
        assertThat(report.status()).isEqualTo(DeliveryStatus.RECEIVED);
        assertThat(report.status().outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(report.status().isFinal()).isTrue();
        assertThat(report.moreMessagesToSend()).isFalse();
        assertThat(report.forCommand()).isFalse();
        assertThat(report.userData()).isEmpty();
    }

    @Test
    void reportedLengthEqualToThePdusOctetsMeansTheSmscFieldIsLeftOut() {
        assertThat(PduDecoder.decode(AMRO_CDS_TPDU, AMRO_CDS_LENGTH)).isEqualTo(PduDecoder.decodeTpdu(AMRO_CDS_TPDU));
    }

    @Test
    void statusReportWithAnEmptySmscField() {
        SmsStatusReport report = (SmsStatusReport) PduDecoder.decode(CSDN_STATUS_REPORT, 26);

        assertThat(report.serviceCentre()).isEmpty();
        assertThat(report.messageReference()).isEqualTo(8);
        assertThat(report.recipient().displayValue()).isEqualTo("+8613853176777");
        assertThat(report.serviceCentreTimestamp()).isEqualTo(OffsetDateTime.parse("2006-02-07T14:56:03Z"));
        assertThat(report.status().outcome()).isEqualTo(Outcome.DELIVERED);
    }

    @Test
    void permanentFailureWithTheServiceCentreAddressKeepsTheRawStatus() {
        // Built by hand per TS 23.040 §9.2.2.3: SMSC +8613800220500, first octet 06, TP-MR 2A,
        // recipient +8613752141860, SCTS 26-01-15 10:00:00 and TP-DT 10:05:00 at +8 h (32
        // quarters, 0x23), TP-ST 41 ("incompatible destination").
        String pdu = "0891683108200205F0" + "06" + "2A" + "0D91683157121468F0"
                + "62105101000023" + "62105101500023" + "41";
        SmsStatusReport report = (SmsStatusReport) PduDecoder.decode(pdu, 26);

        assertThat(report.serviceCentre()).contains(Address.international("8613800220500"));
        assertThat(report.messageReference()).isEqualTo(42);
        assertThat(report.recipient().displayValue()).isEqualTo("+8613752141860");
        assertThat(report.dischargeTime()).isEqualTo(OffsetDateTime.parse("2026-01-15T10:05:00+08:00"));
        assertThat(report.status().value()).isEqualTo(0x41);
        assertThat(report.status().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(PduEncoder.encode(report)).isEqualTo(new EncodedPdu(pdu, 26));
    }

    @ParameterizedTest(name = "TP-ST 0x{0} is {1}")
    @CsvSource({
        "00, DELIVERED",   // received by the recipient
        "01, DELIVERED",   // forwarded, delivery not confirmable
        "02, DELIVERED",   // replaced by the SMSC
        "1F, DELIVERED",   // SMSC specific, transaction completed
        "20, PENDING",     // congestion, still trying
        "21, PENDING",     // recipient busy, still trying
        "25, PENDING",
        "3F, PENDING",
        "40, FAILED",      // remote procedure error
        "41, FAILED",
        "5F, FAILED",
        "60, FAILED",      // congestion, no more attempts
        "65, FAILED",
        "7F, FAILED",
        "80, FAILED",      // reserved
        "FF, FAILED"
    })
    void statusValuesMapToWhatTheyMeanForTheMessage(String hex, Outcome outcome) {
        int value = Integer.parseInt(hex, 16);
        SmsStatusReport sent = report(value, Optional.empty());

        SmsStatusReport read = (SmsStatusReport) PduDecoder.decode(PduEncoder.encode(sent).hex());

        assertThat(read.status().value()).isEqualTo(value);
        assertThat(read.status().outcome()).isEqualTo(outcome);
        assertThat(read.status().isFinal()).isEqualTo(outcome != Outcome.PENDING);
    }

    @Test
    void optionalUserDataAnnouncedByTheParameterIndicatorIsRead() {
        SmsStatusReport sent = report(0x00, Optional.of(UserData.ofText("delivered", Alphabet.GSM7)));
        String hex = PduEncoder.encode(sent).hex();

        // After TP-ST: TP-PI 06 (TP-DCS and TP-UDL present), TP-DCS 00, TP-UDL 09.
        assertThat(hex).contains("00" + "06" + "00" + "09");
        assertThat(PduDecoder.decode(hex)).isEqualTo(sent);
    }

    @Test
    void parameterIndicatorWithNothingAnnouncedLeavesNoUserData() {
        String hex = PduEncoder.encode(report(0x00, Optional.empty())).hex() + "00";

        assertThat(((SmsStatusReport) PduDecoder.decode(hex)).userData()).isEmpty();
    }

    private static SmsStatusReport report(int status, Optional<UserData> userData) {
        return new SmsStatusReport(Optional.of(Address.international("8613800220500")), 7,
                Address.international("8613752141860"), OffsetDateTime.parse("2026-01-15T10:00:00+08:00"),
                OffsetDateTime.parse("2026-01-15T10:00:30+08:00"), new DeliveryStatus(status), false, false, userData);
    }
}
