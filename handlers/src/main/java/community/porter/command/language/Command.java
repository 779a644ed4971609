package community.porter.command.language;

import static community.porter.command.language.Syntax.check;
import static community.porter.command.language.Syntax.matches;

import java.util.Objects;
import java.util.Optional;

/**
 * One parsed SMS command (SPEC §3.2) with its arguments typed and validated: a record that
 * exists holds arguments of the right shape, so a handler only checks them against the data
 * (does the room exist, may this sender open that door). Codes, cards, doors, rooms and channels
 * are upper-cased; free text and names keep what the person wrote.
 */
public sealed interface Command {

    /** The command's code, for the command log and for looking up its handler. */
    CommandCode code();

    /** {@code H}: the commands this sender may use. */
    record Help() implements Command {
        @Override
        public CommandCode code() {
            return CommandCode.H;
        }
    }

    /**
     * {@code KM [door] [PIN]}.
     *
     * @param door a unit entrance {@code 3-1}, {@code GATE} or a named door code; empty for the
     *             sender's own entrance
     * @param pin  4–6 digits where the community's PIN policy asks for one
     */
    record OpenDoor(Optional<String> door, Optional<String> pin) implements Command {
        public OpenDoor {
            check(door, door.map(d -> matches(Syntax.DOOR, d)).orElse(true), "door");
            Objects.requireNonNull(pin, "pin");
            check("PIN", pin.map(p -> matches(Syntax.PIN, p)).orElse(true), "pin");
        }

        @Override
        public CommandCode code() {
            return CommandCode.KM;
        }

        /** Never shows the PIN: commands end up in logs. */
        @Override
        public String toString() {
            return "OpenDoor[door=" + door.orElse("-") + ", pin=" + (pin.isPresent() ? "****" : "-") + "]";
        }
    }

    /**
     * {@code SQ <room> <name> [type]}: a visitor asks to visit.
     *
     * @param room        {@code building-unit-room}, e.g. {@code 3-1-201}
     * @param visitorName 1–20 characters as the visitor wrote it
     * @param type        {@link VisitorType#FK} (guest) unless given
     */
    record VisitRequest(String room, String visitorName, VisitorType type) implements Command {
        public VisitRequest {
            check(room, matches(Syntax.ROOM, room), "room");
            check(visitorName, Syntax.isVisitorName(visitorName), "visitor name");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public CommandCode code() {
            return CommandCode.SQ;
        }
    }

    /** {@code TY <approval code>}: approves the visit request with this 4-digit code. */
    record Approve(String approvalCode) implements Command {
        public Approve {
            check(approvalCode, matches(Syntax.APPROVAL_CODE, approvalCode), "approval code");
        }

        @Override
        public CommandCode code() {
            return CommandCode.TY;
        }
    }

    /** {@code JJ <approval code>}: denies the visit request with this 4-digit code. */
    record Deny(String approvalCode) implements Command {
        public Deny {
            check(approvalCode, matches(Syntax.APPROVAL_CODE, approvalCode), "approval code");
        }

        @Override
        public CommandCode code() {
            return CommandCode.JJ;
        }
    }

    /**
     * {@code FK <visitor phone> [type] [days]}: invites a visitor directly.
     *
     * @param phone raw digits as typed (5–20, may start with {@code +}); the handler normalises
     *              it to E.164 with the community's country code
     * @param type  {@link VisitorType#FK} unless given
     * @param days  1–7 where given; otherwise the pass policy decides
     */
    record Invite(String phone, VisitorType type, Optional<Integer> days) implements Command {
        public Invite {
            check(phone, matches(Syntax.PHONE, phone), "phone");
            Objects.requireNonNull(type, "type");
            check(days, days.map(d -> d >= 1 && d <= Syntax.DAYS_MAX).orElse(true), "days");
        }

        @Override
        public CommandCode code() {
            return CommandCode.FK;
        }
    }

    /**
     * {@code CX}, {@code CX KP}, {@code CX JL [n]}, {@code CX FK} or (staff) {@code CX <room>}.
     *
     * @param kind  what is asked for
     * @param count for {@link QueryKind#RECORDS} only: how many records, 1–10; empty for the default
     * @param room  for {@link QueryKind#ROOM} only, and then present
     */
    record Query(QueryKind kind, Optional<Integer> count, Optional<String> room) implements Command {
        public Query {
            Objects.requireNonNull(kind, "kind");
            check(count, count.map(n -> kind == QueryKind.RECORDS && n >= 1 && n <= Syntax.RECORDS_MAX)
                    .orElse(true), "count");
            check(room, kind == QueryKind.ROOM
                    ? room.map(r -> matches(Syntax.ROOM, r)).orElse(false)
                    : room.isEmpty(), "room");
        }

        /** A query without count or room. */
        public Query(QueryKind kind) {
            this(kind, Optional.empty(), Optional.empty());
        }

        @Override
        public CommandCode code() {
            return CommandCode.CX;
        }
    }

    /** {@code GS [card]}: reports a card lost; without a card, the sender's only card. */
    record ReportLost(Optional<String> card) implements Command {
        public ReportLost {
            check(card, card.map(c -> matches(Syntax.CARD, c)).orElse(true), "card");
        }

        @Override
        public CommandCode code() {
            return CommandCode.GS;
        }
    }

    /**
     * {@code JG <card> <secret>}: unblocks a lost card.
     *
     * @param secret the PIN or the last 4 characters of the holder's ID number, 4–6 of
     *               {@code [0-9X]}
     */
    record Unblock(String card, String secret) implements Command {
        public Unblock {
            check(card, matches(Syntax.CARD, card), "card");
            check("secret", matches(Syntax.SECRET, secret), "secret");
        }

        @Override
        public CommandCode code() {
            return CommandCode.JG;
        }

        /** Never shows the secret: commands end up in logs. */
        @Override
        public String toString() {
            return "Unblock[card=" + card + ", secret=****]";
        }
    }

    /** {@code DY [channel]}: lists channels, or subscribes to one (2–8 letters). */
    record Subscribe(Optional<String> channel) implements Command {
        public Subscribe {
            check(channel, channel.map(c -> matches(Syntax.CHANNEL, c)).orElse(true), "channel");
        }

        @Override
        public CommandCode code() {
            return CommandCode.DY;
        }
    }

    /** {@code TD [channel]}: unsubscribes from a channel; without one, opts out of all notices. */
    record Unsubscribe(Optional<String> channel) implements Command {
        public Unsubscribe {
            check(channel, channel.map(c -> matches(Syntax.CHANNEL, c)).orElse(true), "channel");
        }

        @Override
        public CommandCode code() {
            return CommandCode.TD;
        }
    }

    /** {@code BX <text>}: opens a repair ticket; the text is 1–300 characters. */
    record Repair(String text) implements Command {
        public Repair {
            check(text, Syntax.isFreeText(text, Syntax.TEXT_MAX), "repair text");
        }

        @Override
        public CommandCode code() {
            return CommandCode.BX;
        }
    }

    /**
     * {@code BD <code>}: confirms a phone binding.
     *
     * @param bindingCode the 6-digit code from the console (named so, because {@link #code()}
     *                    is the command's code)
     */
    record Bind(String bindingCode) implements Command {
        public Bind {
            check(bindingCode, matches(Syntax.BIND_CODE, bindingCode), "binding code");
        }

        @Override
        public CommandCode code() {
            return CommandCode.BD;
        }
    }

    /**
     * {@code GB <channel or scope> <text>}.
     *
     * @param target a channel code ({@code TZ}) or a scope: {@code GATE}, a building {@code 3},
     *               a unit {@code 3-1} or a room; the handler decides which it is
     * @param text   1–300 characters
     */
    record Broadcast(String target, String text) implements Command {
        public Broadcast {
            check(target, matches(Syntax.CHANNEL, target) || matches(Syntax.SCOPE, target), "target");
            check(text, Syntax.isFreeText(text, Syntax.TEXT_MAX), "broadcast text");
        }

        @Override
        public CommandCode code() {
            return CommandCode.GB;
        }
    }

    /**
     * {@code LH <phone> [reason]}: blacklists a visitor phone.
     *
     * @param phone  raw digits as typed, as for {@link Invite#phone()}
     * @param reason up to 100 characters where given
     */
    record Blacklist(String phone, Optional<String> reason) implements Command {
        public Blacklist {
            check(phone, matches(Syntax.PHONE, phone), "phone");
            check(reason, reason.map(r -> Syntax.isFreeText(r, Syntax.REASON_MAX)).orElse(true), "reason");
        }

        @Override
        public CommandCode code() {
            return CommandCode.LH;
        }
    }

    /** {@code YY ZH} / {@code YY EN}: the reply language for this phone. */
    record Language(ReplyLanguage lang) implements Command {
        public Language {
            Objects.requireNonNull(lang, "lang");
        }

        @Override
        public CommandCode code() {
            return CommandCode.YY;
        }
    }
}
