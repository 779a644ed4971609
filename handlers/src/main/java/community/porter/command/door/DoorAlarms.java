package community.porter.command.door;

import community.porter.access.door.Door;
import community.porter.access.door.DoorAlarmRaised;
import community.porter.access.door.DoorControllers;
import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.person.Language;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.Reply;
import community.porter.command.pipeline.ReplyLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Door alarms: every staff member on duty over the door gets an urgent SMS. Security alerts are
 * the emergency channel {@code AQ}, which opt-outs do not silence (SPEC §3.2, {@code TD}).
 */
@Service
public class DoorAlarms {

    private static final Logger log = LoggerFactory.getLogger(DoorAlarms.class);

    /** What the controller saw. */
    public enum Kind {
        /** The door opened without a card, pass or command. */
        FORCED_DOOR,
        /** The controller's case or wiring was opened. */
        TAMPER,
        /** The door stayed open too long. */
        HELD_OPEN
    }

    private final DoorControllers controllers;
    private final PhoneRepository phones;
    private final Outbox outbox;
    private final ReplyTexts texts;
    private final DoorNames names;
    private final ApplicationEventPublisher events;

    public DoorAlarms(DoorControllers controllers, PhoneRepository phones, Outbox outbox, ReplyTexts texts,
            DoorNames names, ApplicationEventPublisher events) {
        this.controllers = controllers;
        this.phones = phones;
        this.outbox = outbox;
        this.texts = texts;
        this.names = names;
        this.events = events;
    }

    /**
     * Alerts the staff on duty over the door.
     *
     * @return outbox ids of the alerts to send after the commit; empty for an unknown door
     */
    @Transactional
    public List<Long> raise(String controllerId, String doorCode, Kind kind) {
        Optional<Door> door = controllers.door(controllerId, doorCode);
        if (door.isEmpty()) {
            log.warn("Alarm {} from controller {} for unknown door {}", kind, controllerId, doorCode);
            return List.of();
        }
        events.publishEvent(new DoorAlarmRaised(door.get(), kind.name()));
        List<Phone> staff = phones.findActiveStaffPhonesOnDutyOver(door.get().getNode().getPath());
        if (staff.isEmpty()) {
            log.warn("Alarm {} at {}: no staff on duty to tell", kind, door.get());
        }
        List<Long> ids = new ArrayList<>();
        for (Phone phone : staff) {
            ReplyLanguage language = phone.getLanguage() == Language.EN ? ReplyLanguage.EN : ReplyLanguage.ZH;
            String text = ReplyLimits.fit(texts.text(ReplyKeys.DOOR_ALARM, language, names.of(door.get(), language),
                    texts.text(ReplyKeys.ALARM_KIND_PREFIX + kind.name(), language)));
            ids.add(outbox.enqueue(OutboxMessage.Kind.NOTICE, Reply.URGENT, phone.getE164(), text, null).getId());
        }
        return ids;
    }
}
