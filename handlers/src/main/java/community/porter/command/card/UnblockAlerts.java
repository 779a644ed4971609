package community.porter.command.card;

import community.porter.access.card.Unblocking;
import community.porter.access.message.OutboxMessage;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Reply;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the staff on duty over a card's community that {@code JG} was just locked for it
 * (SPEC §3.5): someone may be guessing the holder's PIN or ID.
 */
@Component
class UnblockAlerts {

    private static final Logger log = LoggerFactory.getLogger(UnblockAlerts.class);

    private final PhoneRepository phones;

    UnblockAlerts(PhoneRepository phones) {
        this.phones = phones;
    }

    /** One urgent notice per staff phone on duty, in that phone's language; none to {@code senderPhone}. */
    List<Reply> toStaffOnDuty(Unblocking.Locked locked, String senderPhone) {
        List<Reply> alerts = phones.findActiveStaffPhonesOnDutyOver(locked.communityPath()).stream()
                .map(Phone::getE164)
                .filter(phone -> !phone.equals(senderPhone))
                .map(phone -> new Reply(phone, ReplyKeys.JG_LOCK_ALERT,
                        List.of(locked.card(), senderPhone, String.valueOf(locked.minutes())), null,
                        OutboxMessage.Kind.NOTICE, Reply.URGENT))
                .toList();
        if (alerts.isEmpty()) {
            log.warn("JG locked for card {}: no staff on duty to tell", locked.card());
        }
        return alerts;
    }
}
