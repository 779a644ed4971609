package community.porter.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.person.PhoneBindings;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code BD}: a pending phone confirms the binding the console started, within 10 minutes and 5 tries. */
class BindingConversationTest extends ConversationTestBase {

    @Autowired NoticePeople people;
    @Autowired PhoneBindings bindings;
    @Autowired PhoneRepository phones;

    @Test
    void theRightCodeInTimeActivatesThePhone() {
        long phone = people.pending("+8613855500031", "方芳", "3-2-202");
        String code = bindings.start(phone);
        play("""
                +8613855500031 > KM
                +8613855500031 < SQ
                               = NOT_REGISTERED
                +8613855500031 > BD %s
                +8613855500031 < Phone confirmed and active.
                               = OK
                +8613855500031 > 绑定 %s
                +8613855500031 < 本号码没有待确认的绑定
                               = NOT_FOUND
                """.formatted(code, code));
        assertThat(phones.findById(phone).orElseThrow().getStatus()).isEqualTo(PhoneStatus.ACTIVE);
    }

    @Test
    void aWrongCodeCountsATryAndTheFifthLocksTheBinding() {
        long phone = people.pending("+8613855500032", "高飞", "3-2-202");
        String code = bindings.start(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        play("""
                +8613855500032 > BD %1$s
                +8613855500032 < Wrong code. 4 tries left.
                               = FORBIDDEN
                +8613855500032 > ＢＤ　%1$s
                +8613855500032 < 3 tries left
                +8613855500032 > 綁定 %1$s
                +8613855500032 < 还可尝试2次
                +8613855500032 > BD %1$s
                +8613855500032 < 1 tries left
                +8613855500032 > BD %1$s
                +8613855500032 < Too many wrong tries: this binding is cancelled.
                               = FORBIDDEN
                +8613855500032 > BD %2$s
                +8613855500032 < Too many wrong tries
                               = FORBIDDEN
                +8613855500032 > BD 12
                +8613855500032 < The binding code is 6 digits
                               = BAD_SYNTAX
                """.formatted(wrong, code));
        assertThat(phones.findById(phone).orElseThrow().getStatus()).isEqualTo(PhoneStatus.PENDING);
    }

    @Test
    void aCodeExpiresAfterTenMinutesAndANewStartGivesANewOne() {
        long phone = people.pending("+8613855500033", "何华", "3-2-203");
        String old = bindings.start(phone);
        play("""
                ~ 11m
                +8613855500033 > BD %s
                +8613855500033 < The code has expired.
                               = EXPIRED
                """.formatted(old));
        String fresh = bindings.start(phone);
        play("""
                +8613855500033 > BD %s
                +8613855500033 < Phone confirmed
                               = OK
                """.formatted(fresh));
    }

    @Test
    void activeAndUnknownPhonesHaveNothingToBind() {
        play("""
                tenant         > BD 123456
                tenant         < This phone has no binding waiting.
                               = NOT_FOUND
                +8613755550104 > BD 123456
                +8613755550104 < SQ
                               = NOT_REGISTERED
                """);
    }
}
