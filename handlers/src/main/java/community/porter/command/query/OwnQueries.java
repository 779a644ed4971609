package community.porter.command.query;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import community.porter.access.door.AccessRecord;
import community.porter.access.door.AccessRecordRepository;
import community.porter.access.door.AccessResult;
import community.porter.access.person.Sender;
import community.porter.access.visitor.VisitorPass;
import community.porter.access.visitor.VisitorPassRepository;
import community.porter.command.door.DoorNames;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.CommandContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The sender's own facts for {@code CX}, {@code CX KP}, {@code CX JL}, {@code CX FK}, written in
 * the sender's language. Runs inside the command's transaction, so lazy associations load.
 */
@Component
class OwnQueries {

    /** Times as the community reads them. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final CardRepository cards;
    private final AccessRecordRepository records;
    private final VisitorPassRepository passes;
    private final DoorNames doors;
    private final ReplyTexts texts;
    private final Clock clock;

    OwnQueries(CardRepository cards, AccessRecordRepository records, VisitorPassRepository passes, DoorNames doors,
            ReplyTexts texts, Clock clock) {
        this.cards = cards;
        this.records = records;
        this.passes = passes;
        this.doors = doors;
        this.texts = texts;
        this.clock = clock;
    }

    String summary(CommandContext context) {
        ReplyLanguage language = context.language();
        Sender sender = context.sender();
        String rooms = sender.memberships().isEmpty() ? texts.text(ReplyKeys.CX_NEVER, language)
                : sender.memberships().stream()
                        .map(m -> m.roomCode() + " " + texts.text(ReplyKeys.ROLE_PREFIX + m.role().name(), language))
                        .collect(joining(language));
        List<Card> own = cardsOf(sender);
        String cardList = own.isEmpty() ? texts.text(ReplyKeys.CX_NEVER, language) : cardList(own, language);
        List<AccessRecord> last = latest(sender, own, 1);
        String lastEntry = last.isEmpty() ? texts.text(ReplyKeys.CX_NEVER, language) : record(last.get(0), language);
        return texts.text(ReplyKeys.CX_OVERVIEW, language, rooms, cardList, String.valueOf(livePasses(sender).size()),
                lastEntry);
    }

    String cards(CommandContext context) {
        List<Card> own = cardsOf(context.sender());
        return own.isEmpty() ? texts.text(ReplyKeys.CX_CARDS_NONE, context.language())
                : texts.text(ReplyKeys.CX_CARDS, context.language(), cardList(own, context.language()));
    }

    String records(CommandContext context, int count) {
        ReplyLanguage language = context.language();
        List<AccessRecord> last = latest(context.sender(), cardsOf(context.sender()), count);
        if (last.isEmpty()) {
            return texts.text(ReplyKeys.CX_RECORDS_NONE, language);
        }
        return texts.text(ReplyKeys.CX_RECORDS, language, String.valueOf(last.size()),
                last.stream().map(r -> record(r, language)).collect(joining(language)));
    }

    String passes(CommandContext context) {
        ReplyLanguage language = context.language();
        List<VisitorPass> live = livePasses(context.sender());
        if (live.isEmpty()) {
            return texts.text(ReplyKeys.CX_PASSES_NONE, language);
        }
        return texts.text(ReplyKeys.CX_PASSES, language, live.stream()
                .map(p -> texts.text(ReplyKeys.CX_PASS_ITEM, language,
                        texts.text(ReplyKeys.VISITOR_TYPE_PREFIX + p.getType().name(), language),
                        lastFour(p.getVisitorPhone()), WHEN.format(p.getValidTo())))
                .collect(joining(language)));
    }

    private List<Card> cardsOf(Sender sender) {
        return cards.findByHolderIdOrderByNumberAsc(sender.personId());
    }

    private String cardList(List<Card> own, ReplyLanguage language) {
        return own.stream()
                .map(c -> c.getNumber() + " " + texts.text(ReplyKeys.CARD_STATUS_PREFIX + c.getStatus().name(), language))
                .collect(joining(language));
    }

    private List<AccessRecord> latest(Sender sender, List<Card> own, int count) {
        // An empty IN list is not valid everywhere: a card id no card has stands in for none.
        List<Long> ids = own.isEmpty() ? List.of(-1L) : own.stream().map(Card::getId).toList();
        return records.findLatestOf(ids, sender.phone(), PageRequest.of(0, count));
    }

    private String record(AccessRecord r, ReplyLanguage language) {
        return WHEN.format(r.getAt()) + " " + doors.of(r.getDoor(), language) + " "
                + texts.text(r.getResult() == AccessResult.GRANTED ? ReplyKeys.ACCESS_GRANTED : ReplyKeys.ACCESS_DENIED,
                        language);
    }

    private List<VisitorPass> livePasses(Sender sender) {
        List<Long> rooms = sender.memberships().stream().map(Sender.Membership::roomId).filter(Objects::nonNull)
                .toList();
        Instant now = clock.instant();
        return rooms.isEmpty() ? List.of() : passes.findLiveByRooms(rooms, now);
    }

    private java.util.stream.Collector<CharSequence, ?, String> joining(ReplyLanguage language) {
        return Collectors.joining(texts.text(ReplyKeys.LIST_SEPARATOR, language));
    }

    /** Never a visitor's whole number (SPEC §3.3 spirit): its last four digits are enough to tell. */
    private static String lastFour(String phone) {
        return phone.length() <= 4 ? phone : phone.substring(phone.length() - 4);
    }
}
