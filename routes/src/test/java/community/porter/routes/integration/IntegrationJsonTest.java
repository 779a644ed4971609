package community.porter.routes.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.access.message.AppMessage;
import community.porter.access.message.AppPriority;
import community.porter.access.visitor.KioskVisitRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegrationJsonTest {

    @Test
    void readsAFullApplicationMessage() {
        AppMessage message = IntegrationJson.appMessage("""
                {"schema":1,"to":"+8613800000001","text":"Parcel at the gate 包裹","validUntil":"2026-11-23T12:00:00Z",
                 "priority":"urgent","clientRef":"shop-42","extra":{"ignored":true}}""");

        assertThat(message).isEqualTo(new AppMessage("+8613800000001", "Parcel at the gate 包裹",
                Instant.parse("2026-11-23T12:00:00Z"), AppPriority.URGENT, "shop-42", "queue"));
    }

    @Test
    void leavesOptionalFieldsEmptyWhenAbsentOrNull() {
        AppMessage message = IntegrationJson.appMessage("""
                {"schema":1,"to":"13800000001","text":"hi","validUntil":null,"clientRef":""}""");

        assertThat(message.validUntil()).isNull();
        assertThat(message.priority()).isNull();
        assertThat(message.clientRef()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "''                                                    | empty message",
        "'   '                                                 | empty message",
        "'{\"schema\":1,\"to\":'                               | not JSON",
        "'<xml/>'                                              | not JSON",
        "'[1,2]'                                               | not a JSON object",
        "'\"text\"'                                            | not a JSON object",
        "'{\"to\":\"1\",\"text\":\"x\"}'                       | schema is required",
        "'{\"schema\":2,\"to\":\"1\",\"text\":\"x\"}'          | unknown schema 2",
        "'{\"schema\":\"1\",\"to\":\"1\",\"text\":\"x\"}'      | unknown schema \"1\"",
        "'{\"schema\":1,\"text\":\"x\"}'                       | to is required",
        "'{\"schema\":1,\"to\":\" \",\"text\":\"x\"}'          | to is required",
        "'{\"schema\":1,\"to\":13800000001,\"text\":\"x\"}'    | to must be a string",
        "'{\"schema\":1,\"to\":\"1\"}'                         | text is required",
        "'{\"schema\":1,\"to\":\"1\",\"text\":[\"x\"]}'        | text must be a string",
        "'{\"schema\":1,\"to\":\"1\",\"text\":\"x\",\"validUntil\":\"tomorrow\"}' | validUntil is not an ISO-8601 instant",
        "'{\"schema\":1,\"to\":\"1\",\"text\":\"x\",\"priority\":\"HIGH\"}'       | priority must be URGENT, NORMAL or BULK",
        "'{\"schema\":1,\"to\":\"1\",\"text\":\"x\",\"clientRef\":7}'             | clientRef must be a string",
    })
    void refusesAnApplicationMessageItCannotRead(String json, String reason) {
        assertThatThrownBy(() -> IntegrationJson.appMessage(json))
                .isInstanceOf(IntegrationMessageException.class)
                .hasMessageStartingWith(reason);
    }

    @Test
    void readsAKioskVisitRequest() {
        KioskVisitRequest request = IntegrationJson.visitRequest("""
                {"schema":1,"kiosk":"gate-1","requestRef":"k-17","visitorPhone":"13700000009","visitorName":"王五",
                 "type":"KD","room":"1-1-101"}""");

        assertThat(request).isEqualTo(new KioskVisitRequest("gate-1", "k-17", "13700000009", "王五", "KD", "1-1-101"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'{\"schema\":1,\"requestRef\":\"r\",\"visitorPhone\":\"1\",\"visitorName\":\"n\",\"room\":\"1-1-1\"}' | kiosk is required",
        "'{\"schema\":1,\"kiosk\":\"k\",\"visitorPhone\":\"1\",\"visitorName\":\"n\",\"room\":\"1-1-1\"}'     | requestRef is required",
        "'{\"schema\":1,\"kiosk\":\"k\",\"requestRef\":\"r\",\"visitorName\":\"n\",\"room\":\"1-1-1\"}'       | visitorPhone is required",
        "'{\"schema\":1,\"kiosk\":\"k\",\"requestRef\":\"r\",\"visitorPhone\":\"1\",\"room\":\"1-1-1\"}'      | visitorName is required",
        "'{\"schema\":1,\"kiosk\":\"k\",\"requestRef\":\"r\",\"visitorPhone\":\"1\",\"visitorName\":\"n\"}'   | room is required",
        "'{\"schema\":1,\"kiosk\":\"k\",\"requestRef\":5,\"visitorPhone\":\"1\",\"visitorName\":\"n\",\"room\":\"1-1-1\"}' | requestRef must be a string",
        "'{\"schema\":3,\"kiosk\":\"k\"}'                                                                     | unknown schema 3",
        "'not json'                                                                                           | not JSON",
    })
    void refusesAVisitRequestItCannotRead(String json, String reason) {
        assertThatThrownBy(() -> IntegrationJson.visitRequest(json))
                .isInstanceOf(IntegrationMessageException.class)
                .hasMessageStartingWith(reason);
    }
}
