package community.porter.console.broadcasts;

import community.porter.access.message.AppMessagesProperties;
import community.porter.access.notice.BroadcastsProperties;
import community.porter.sms.codec.Segmenter;
import community.porter.sms.codec.SmsTextCodec;
import org.springframework.stereotype.Component;

/**
 * Counts a broadcast text the way it will be sent: the alphabet and the part count come from the
 * same codec the transports use ({@link SmsTextCodec#choose}, {@link Segmenter#countParts}), so the
 * figure the composer sees is what the SMSC gets.
 */
@Component
class SmsCounter {

    private final BroadcastsProperties broadcasts;
    private final AppMessagesProperties messages;

    SmsCounter(BroadcastsProperties broadcasts, AppMessagesProperties messages) {
        this.broadcasts = broadcasts;
        this.messages = messages;
    }

    /** The figures of {@code typed}, normalised as a broadcast stores it. */
    SmsCount count(String typed) {
        String text = BroadcastText.normalise(typed);
        int parts = text.isEmpty() ? 0 : Segmenter.countParts(text);
        return new SmsCount(text.length(), parts, SmsTextCodec.choose(text).name(), broadcasts.maxTextLength(),
                messages.maxParts());
    }
}
