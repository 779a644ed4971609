package community.porter.routes.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.access.door.DoorCommand;
import community.porter.access.door.PendingDoorCommand;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DoorProtocolTest {

    static final Instant AT = Instant.parse("2026-11-23T11:12:02.123Z");

    @Test
    void anOpenCommandSurvivesTheRoundTripWithItsKeyAndDeadline() {
        PendingDoorCommand open = new PendingDoorCommand(42, DoorCommand.Type.OPEN, "ctl-1-1", "1-1", null, "1017",
                AT, AT.plusSeconds(5), List.of());

        String json = DoorProtocol.command(open);

        assertThat(json).contains("\"schema\":1", "\"type\":\"OPEN\"", "\"idempotencyKey\":\"1017\"");
        assertThat(DoorProtocol.readCommand(json)).isEqualTo(open);
    }

    @Test
    void cardAndSyncCommandsSurviveTheRoundTrip() {
        PendingDoorCommand block = new PendingDoorCommand(43, DoorCommand.Type.BLOCK_CARD, "ctl-gate", null, "D0001",
                null, AT, null, List.of());
        PendingDoorCommand sync = new PendingDoorCommand(44, DoorCommand.Type.SYNC, "ctl-gate", null, null, null, AT,
                null, List.of("D0001", "卡2"));

        assertThat(DoorProtocol.readCommand(DoorProtocol.command(block))).isEqualTo(block);
        assertThat(DoorProtocol.readCommand(DoorProtocol.command(sync))).isEqualTo(sync);
        assertThat(DoorProtocol.command(sync)).contains("\"version\":44");
    }

    @Test
    void everyEventSurvivesTheRoundTrip() {
        List<DoorEvent> events = List.of(
                new DoorEvent.Ack("ctl-1-1", 42, AT),
                new DoorEvent.Nack("ctl-1-1", 42, "JAMMED", AT),
                new DoorEvent.Heartbeat("ctl-1-1", AT),
                new DoorEvent.Opened("ctl-1-1", "1-1", "D0001", null, null, true, null, AT),
                new DoorEvent.Alarm("ctl-gate", "GATE", "TAMPER", AT),
                new DoorEvent.SyncRequest("ctl-gate", AT));

        for (DoorEvent event : events) {
            assertThat(DoorProtocol.readEvent(DoorProtocol.event(event))).isEqualTo(event);
        }
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(DoorProtocol.readEvent("""
                {"schema":1,"type":"HEARTBEAT","controllerId":"c","at":"2026-11-23T11:12:02Z","firmware":"2.1"}"""))
                .isEqualTo(new DoorEvent.Heartbeat("c", Instant.parse("2026-11-23T11:12:02Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "not json", "[1,2]", "{\"type\":\"HEARTBEAT\",\"controllerId\":\"c\",\"at\":\"2026-11-23T11:12:02Z\"}",
            "{\"schema\":2,\"type\":\"HEARTBEAT\",\"controllerId\":\"c\",\"at\":\"2026-11-23T11:12:02Z\"}",
            "{\"schema\":1,\"type\":\"BOOM\",\"controllerId\":\"c\",\"at\":\"2026-11-23T11:12:02Z\"}",
            "{\"schema\":1,\"type\":\"ACK\",\"controllerId\":\"c\",\"at\":\"2026-11-23T11:12:02Z\"}",
            "{\"schema\":1,\"type\":\"ALARM\",\"controllerId\":\"c\",\"door\":\"GATE\",\"kind\":\"FIRE\",\"at\":\"2026-11-23T11:12:02Z\"}",
            "{\"schema\":1,\"type\":\"HEARTBEAT\",\"controllerId\":\"c\",\"at\":\"yesterday\"}"})
    void anUnreadableEventIsRejectedWithAReason(String json) {
        assertThatThrownBy(() -> DoorProtocol.readEvent(json)).isInstanceOf(DoorProtocolException.class)
                .message().isNotBlank();
    }
}
