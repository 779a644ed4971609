package community.porter.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A long message that fails part-way resumes after its accepted parts, on the same connector only. */
class OutboundSmsTest {

    private static final OutboundSms FRESH = new OutboundSms(42, "+8613800000001", null, "a long text", null, true);

    @Test
    void aFreshMessageHasNoAcceptedPartsAndIsPinnedNowhere() {
        assertThat(FRESH.acceptedParts()).isZero();
        assertThat(FRESH.pinnedTo()).isNull();
        assertThat(FRESH.isPartlySent()).isFalse();
    }

    @Test
    void afterAcceptedPartsTheMessageCountsThemAndIsPinnedToTheirConnector() {
        OutboundSms afterOne = FRESH.resumedAfter(new SubmitOutcome("main", List.of("id-1")));
        OutboundSms afterTwo = afterOne.resumedAfter(new SubmitOutcome("main", 2, List.of("id-2")));

        assertThat(afterOne.acceptedParts()).isEqualTo(1);
        assertThat(afterTwo.acceptedParts()).isEqualTo(2);
        assertThat(afterTwo.pinnedTo()).isEqualTo("main");
        assertThat(afterTwo.isPartlySent()).isTrue();
    }

    @Test
    void nothingAcceptedChangesNothing() {
        assertThat(FRESH.resumedAfter(new SubmitOutcome("main", List.of()))).isSameAs(FRESH);
    }

    @Test
    void partsFromAnotherConnectorOrOutOfOrderCannotContinueAMessage() {
        OutboundSms pinned = FRESH.resumedAfter(new SubmitOutcome("main", List.of("id-1")));

        assertThatThrownBy(() -> pinned.resumedAfter(new SubmitOutcome("backup", 2, List.of("b-2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pinned to main");
        assertThatThrownBy(() -> pinned.resumedAfter(new SubmitOutcome("main", 3, List.of("id-3"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be 3");
    }

    @Test
    void acceptedPartsAndPinningGoTogether() {
        assertThatThrownBy(() -> new OutboundSms(1, "+86", null, "x", null, true, 2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboundSms(1, "+86", null, "x", null, true, 0, "main"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOutcomeKnowsItsLastPart() {
        assertThat(new SubmitOutcome("main", 2, List.of("b", "c")).lastPart()).isEqualTo(3);
        assertThat(new SubmitOutcome("main", 3, List.of()).lastPart()).isEqualTo(2);
    }

    @Test
    void aFailureWithoutAcceptedPartsSaysSo() {
        assertThat(new SendException.RetryLater("throttled", null).accepted()).isEmpty();
        assertThat(new SendException.RetryLater("throttled", null, new SubmitOutcome("main", List.of()))
                .accepted()).isEmpty();
        assertThat(new SendException.OutcomeUnknown("no answer", null, new SubmitOutcome("main", List.of("a")))
                .accepted()).contains(new SubmitOutcome("main", List.of("a")));
    }
}
