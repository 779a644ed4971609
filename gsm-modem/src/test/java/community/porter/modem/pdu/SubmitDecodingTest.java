package community.porter.modem.pdu;

import static community.porter.modem.pdu.PublishedVectors.DREAMFABRIC_SUBMIT;
import static community.porter.modem.pdu.PublishedVectors.EIGHT_BIT_HELLO_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.EIGHT_BIT_HELLO_SUBMIT;
import static community.porter.modem.pdu.PublishedVectors.HUAWEI_CMGS;
import static community.porter.modem.pdu.PublishedVectors.HUAWEI_CMGS_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.HUAWEI_CMGS_WITH_SMSC;
import static community.porter.modem.pdu.PublishedVectors.NEOWAY_CMGS;
import static community.porter.modem.pdu.PublishedVectors.NEOWAY_CMGS_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.NEOWAY_CMGS_WITH_SMSC;
import static community.porter.modem.pdu.PublishedVectors.NORDIC_CMGS;
import static community.porter.modem.pdu.PublishedVectors.NORDIC_CMGS_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.TELIT_CMGL_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.TELIT_CMGL_SUBMIT;
import static community.porter.modem.pdu.TestHex.octets;
import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.codec.Alphabet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubmitDecodingTest {

    @Test
    void dreamfabricSubmitReadsBack() {
        SmsSubmit submit = (SmsSubmit) PduDecoder.decode(DREAMFABRIC_SUBMIT, 23);

        assertThat(submit.serviceCentre()).isEmpty();
        assertThat(submit.messageReference()).isZero();
        assertThat(submit.destination()).isEqualTo(Address.international("46708251358"));
        assertThat(submit.validityPeriod()).contains(new ValidityPeriod.Relative(0xAA));
        assertThat(submit.userData().text()).contains("hellohello");
        assertThat(submit.statusReportRequest()).isFalse();
    }

    @Test
    void nordicSubmitWithItsServiceCentreAndOneHourValidity() {
        SmsSubmit submit = (SmsSubmit) PduDecoder.decode(NORDIC_CMGS, NORDIC_CMGS_LENGTH);

        assertThat(submit.serviceCentre()).contains(Address.international("448888888"));
        assertThat(submit.destination().displayValue()).isEqualTo("+358401234567");
        assertThat(((ValidityPeriod.Relative) submit.validityPeriod().orElseThrow()).duration())
                .isEqualTo(Duration.ofHours(1));
        assertThat(submit.userData().text()).contains("Testing a sms messaging over lte");
    }

    @Test
    void neowaySubmitWithoutValidityPeriod() {
        SmsSubmit submit = (SmsSubmit) PduDecoder.decode(NEOWAY_CMGS_WITH_SMSC, NEOWAY_CMGS_LENGTH);

        assertThat(submit.serviceCentre()).contains(Address.international("8613800755500"));
        assertThat(submit.destination()).isEqualTo(Address.unknown("13421839693"));
        assertThat(submit.validityPeriod()).isEmpty();
        assertThat(submit.userData().text()).contains("hello");
        assertThat(submit.dataCoding()).isEqualTo(DataCodingScheme.UCS2);
    }

    @Test
    void huaweiSubmitWithReplyPathClassZeroUcs2AndALowerCaseNationalSmsc() {
        SmsSubmit submit = (SmsSubmit) PduDecoder.decode(HUAWEI_CMGS_WITH_SMSC, HUAWEI_CMGS_LENGTH);

        assertThat(submit.serviceCentre()).contains(new Address(TypeOfNumber.NATIONAL, Address.PLAN_ISDN, "13902900"));
        assertThat(submit.replyPath()).isTrue();
        assertThat(submit.destination()).isEqualTo(Address.unknown("13901000453"));
        assertThat(submit.dataCoding().alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(submit.dataCoding().messageClass()).contains(MessageClass.CLASS_0);
        assertThat(submit.userData().text()).contains("华为");
        assertThat(PduDecoder.decode(HUAWEI_CMGS, HUAWEI_CMGS_LENGTH)).isEqualTo(
                new SmsSubmit(java.util.Optional.empty(), submit.messageReference(), submit.destination(),
                        submit.rejectDuplicates(), submit.statusReportRequest(), submit.replyPath(),
                        submit.protocolIdentifier(), submit.dataCoding(), submit.validityPeriod(), submit.userData()));
    }

    @Test
    void storedEightBitSubmitKeepsItsDataAsOctets() {
        SmsSubmit submit = (SmsSubmit) PduDecoder.decode(TELIT_CMGL_SUBMIT, TELIT_CMGL_LENGTH);

        assertThat(submit.serviceCentre()).contains(new Address(TypeOfNumber.UNKNOWN, Address.PLAN_ISDN, "82100099102095"));
        assertThat(submit.messageReference()).isEqualTo(0x64);
        assertThat(submit.destination()).isEqualTo(Address.unknown("0165872928"));
        assertThat(submit.dataCoding().alphabet()).isEqualTo(Alphabet.BINARY);
        assertThat(submit.dataCoding().messageClass()).contains(MessageClass.CLASS_0);
        assertThat(((ValidityPeriod.Relative) submit.validityPeriod().orElseThrow()).duration())
                .isEqualTo(Duration.ofHours(24));
        assertThat(submit.userData().payload()).isEqualTo(octets("C7 D1 B1 DB"));
        assertThat(submit.userData().text()).isEmpty();
    }

    @Test
    void eightBitClassTwoDataOfTheF0Group() {
        SmsSubmit submit = (SmsSubmit) PduDecoder.decode(EIGHT_BIT_HELLO_SUBMIT, EIGHT_BIT_HELLO_LENGTH);

        assertThat(submit.serviceCentre()).contains(Address.international("491710760000"));
        assertThat(submit.destination()).isEqualTo(Address.unknown("1234567"));
        assertThat(submit.dataCoding().value()).isEqualTo(0xF6);
        assertThat(submit.dataCoding().messageClass()).contains(MessageClass.CLASS_2);
        assertThat(submit.userData().payload()).asString().isEqualTo("hello");
    }

    @Test
    void enhancedValidityPeriodIsKeptAsItsSevenOctetsAndRejectDuplicatesIsRead() {
        // Built by hand per TS 23.040 §9.2.2.2: first octet 0D (SMS-SUBMIT, TP-RD, TP-VPF 01),
        // TP-VP 7 octets (indicator 02: relative, in seconds; 0x3C = 60 s), "hellohello".
        String pdu = "00" + "0D" + "00" + "0B916407281553F8" + "00" + "00" + "023C0000000000"
                + "0A" + "E8329BFD4697D9EC37";
        SmsSubmit submit = (SmsSubmit) PduDecoder.decode(pdu, 29);

        assertThat(submit.rejectDuplicates()).isTrue();
        assertThat(submit.validityPeriod()).contains(new ValidityPeriod.Enhanced(octets("02 3C 00 00 00 00 00")));
        assertThat(submit.userData().text()).contains("hellohello");
        assertThat(PduEncoder.encode(submit).hex()).isEqualTo(pdu);
    }

    @ParameterizedTest(name = "{0} encodes back to itself")
    @ValueSource(strings = {DREAMFABRIC_SUBMIT, NORDIC_CMGS, NEOWAY_CMGS_WITH_SMSC, NEOWAY_CMGS,
        HUAWEI_CMGS_WITH_SMSC, HUAWEI_CMGS, TELIT_CMGL_SUBMIT, EIGHT_BIT_HELLO_SUBMIT})
    void publishedSubmitsEncodeBackToTheSameOctets(String pdu) {
        EncodedPdu encoded = PduEncoder.encode(PduDecoder.decode(pdu));

        assertThat(encoded.hex()).isEqualToIgnoringCase(pdu);
    }
}
