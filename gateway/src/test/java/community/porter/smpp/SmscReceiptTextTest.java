package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.DeliveryReceipt;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SmscReceiptTextTest {

    @Test
    void theAppendixBFormIsRead() {
        SmscReceiptText r = SmscReceiptText.parse(
                "id:7220816514 sub:001 dlvrd:001 submit date:2611031015 done date:2611031016 stat:DELIVRD err:000 text:Door 1-1");

        assertThat(r.id()).isEqualTo("7220816514");
        assertThat(r.state()).isEqualTo(DeliveryReceipt.State.DELIVERED);
        assertThat(r.errorCode()).isNull();
        assertThat(r.doneAt(ZoneId.of("Asia/Shanghai"))).isEqualTo(Instant.parse("2026-11-03T02:16:00Z"));
    }

    @Test
    void failuresKeepTheirErrorCode() {
        SmscReceiptText r = SmscReceiptText.parse("id:1 sub:001 dlvrd:000 submit date:2611031015 done date:261103101630 stat:UNDELIV err:027");

        assertThat(r.state()).isEqualTo(DeliveryReceipt.State.FAILED);
        assertThat(r.errorCode()).isEqualTo("027");
        assertThat(r.doneAt(ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-11-03T10:16:30Z"));
    }

    @Test
    void statesMapToFinalStates() {
        assertThat(SmscReceiptText.parse("id:1 stat:EXPIRED").state()).isEqualTo(DeliveryReceipt.State.EXPIRED);
        assertThat(SmscReceiptText.parse("id:1 stat:REJECTD").state()).isEqualTo(DeliveryReceipt.State.FAILED);
        assertThat(SmscReceiptText.parse("id:1 stat:DELETED").state()).isEqualTo(DeliveryReceipt.State.FAILED);
        assertThat(SmscReceiptText.parse("id:1 stat:ENROUTE").state()).isEqualTo(DeliveryReceipt.State.UNKNOWN);
        assertThat(SmscReceiptText.parse("id:1 STAT:delivrd").state()).isEqualTo(DeliveryReceipt.State.DELIVERED);
    }

    @Test
    void theStateWordIsKeptAsAppendixBSpellsIt() {
        assertThat(SmscReceiptText.parse("id:1 stat:undeliv").status()).isEqualTo("UNDELIV");
        assertThat(SmscReceiptText.parse("id:1 stat:UNDELIVERABLE").status()).isEqualTo("UNDELIV");
        assertThat(SmscReceiptText.parse("id:1 stat:REJECTED").state()).isEqualTo(DeliveryReceipt.State.FAILED);
        assertThat(SmscReceiptText.parse("id:1 stat:ACCEPTD").state()).as("not final").isEqualTo(DeliveryReceipt.State.UNKNOWN);
        assertThat(SmscReceiptText.parse("id:1 stat:SKIPPED").state()).isEqualTo(DeliveryReceipt.State.FAILED);
        assertThat(SmscReceiptText.parse("id:1 stat:Weird").status()).isEqualTo("WEIRD");
        assertThat(SmscReceiptText.parse("id:1 sub:001").status()).isNull();
    }

    @Test
    void garbageYieldsNothingRatherThanAnError() {
        SmscReceiptText r = SmscReceiptText.parse("hello id: done date:99999999999");

        assertThat(r.id()).isNull();
        assertThat(r.state()).isEqualTo(DeliveryReceipt.State.UNKNOWN);
        assertThat(r.doneAt(ZoneId.of("UTC"))).isNull();
        assertThat(SmscReceiptText.parse(null).id()).isNull();
    }
}
