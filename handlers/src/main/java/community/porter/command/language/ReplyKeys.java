package community.porter.command.language;

/**
 * The bundle keys of every reply besides the syntax hints ({@link SyntaxHint}), with what their
 * arguments are. Pass identifiers (codes, card and ticket numbers, phones) as strings: a number
 * is formatted with grouping ({@code 4,821}). Validity times are formatted by the caller.
 * No reply to a visitor may carry a resident's number or full name (SPEC §3.3).
 */
public final class ReplyKeys {

    // ---- general and pipeline outcomes ----
    /** Unknown keyword: points to {@code H}. */
    public static final String UNKNOWN_COMMAND = "unknown.command";
    /** Outcome {@code ERROR}. */
    public static final String ERROR_GENERIC = "error.generic";
    /** Outcome {@code RATE_LIMITED}, sent once, then silence. */
    public static final String ERROR_RATE_LIMITED = "error.rate_limited";
    /** A long message arrived with parts missing; it was not run. */
    public static final String ERROR_INCOMPLETE = "error.incomplete";
    /** Outcome {@code NOT_REGISTERED} for a registered-only command. */
    public static final String ERROR_NOT_REGISTERED = "error.not_registered";
    /** Outcome {@code FORBIDDEN}. */
    public static final String ERROR_FORBIDDEN = "error.forbidden";
    /** Outcome {@code NOT_FOUND}, where no more precise key fits. {0} what was looked for. */
    public static final String ERROR_NOT_FOUND = "error.not_found";
    /** Outcome {@code EXPIRED} for a command that came back from a sweep too late. {0} the command text. */
    public static final String ERROR_EXPIRED = "error.expired";
    /** The sender's phone is {@code SUSPENDED}. */
    public static final String ERROR_SUSPENDED = "error.suspended";
    /** Wrong PIN/ID too often (SPEC §3.5). {0} minutes locked. */
    public static final String ERROR_LOCKED = "error.locked";
    /** Outcome {@code BLACKLISTED}, to the blacklisted visitor. */
    public static final String ERROR_BLACKLISTED = "error.blacklisted";

    // ---- help (see HelpText) ----
    /** Unregistered phones: how to use {@code SQ}. */
    public static final String HELP_VISITOR = "help.visitor";
    /** Registered phone with neither room nor staff permission. */
    public static final String HELP_REGISTERED = "help.registered";
    /** Resident. {0} the staff lines that apply, or empty. */
    public static final String HELP_RESIDENT = "help.resident";
    /** Staff without a room. {0} the staff lines that apply. */
    public static final String HELP_STAFF = "help.staff";
    /** Staff line for permission {@code DOOR}, with its leading separator. */
    public static final String HELP_STAFF_DOOR = "help.staff.door";
    /** Staff line for permission {@code VISITOR}. */
    public static final String HELP_STAFF_VISITOR = "help.staff.visitor";
    /** Staff line for permission {@code BROADCAST}. */
    public static final String HELP_STAFF_BROADCAST = "help.staff.broadcast";
    /** Staff line for permission {@code BLACKLIST}. */
    public static final String HELP_STAFF_BLACKLIST = "help.staff.blacklist";
    /** Staff line for permission {@code QUERY}. */
    public static final String HELP_STAFF_QUERY = "help.staff.query";

    // ---- words used inside replies ----
    /** Between the items of a list in a reply ({@code 、} / {@code , }). */
    public static final String LIST_SEPARATOR = "list.separator";
    /** Prefix of the words for {@link VisitorType}: {@code visitor.type.KD}… */
    public static final String VISITOR_TYPE_PREFIX = "visitor.type.";
    /** Prefix of the words for card status: {@code card.status.ACTIVE}, LOST, CANCELLED, DAMAGED. */
    public static final String CARD_STATUS_PREFIX = "card.status.";
    /** Prefix of the words for room roles: {@code role.OWNER}, FAMILY, TENANT. */
    public static final String ROLE_PREFIX = "role.";
    /** The community gate. */
    public static final String DOOR_GATE = "door.gate";
    /** A unit entrance. {0} the unit, e.g. {@code 3-1}. */
    public static final String DOOR_ENTRANCE = "door.entrance";
    /** Access record result: the door opened. */
    public static final String ACCESS_GRANTED = "access.granted";
    /** Access record result: refused. */
    public static final String ACCESS_DENIED = "access.denied";
    /** "None", e.g. no last entry in the {@code CX} summary. */
    public static final String CX_NEVER = "cx.never";

    // ---- KM ----
    /** Controller acknowledged. {0} door name. */
    public static final String KM_OPENED = "km.opened";
    /** {0} door name. */
    public static final String KM_NO_RIGHT = "km.no_right";
    /** The sender has no door at all. */
    public static final String KM_NO_DOOR = "km.no_door";
    /** Outcome {@code DOOR_OFFLINE}. {0} door name. */
    public static final String KM_OFFLINE = "km.offline";
    /** Outcome {@code DOOR_TIMEOUT}. {0} door name. */
    public static final String KM_TIMEOUT = "km.timeout";
    /** No door given and several possible. {0} the door codes, {1} one of them as an example. */
    public static final String KM_AMBIGUOUS = "km.ambiguous";
    /** {0} the door as typed. */
    public static final String KM_UNKNOWN_DOOR = "km.unknown_door";
    /** {0} door name. */
    public static final String KM_PIN_REQUIRED = "km.pin_required";
    /** {0} tries left. */
    public static final String KM_PIN_WRONG = "km.pin_wrong";

    // ---- door alarms ----
    /** To each staff member on duty over the door. {0} door name, {1} the alarm word. */
    public static final String DOOR_ALARM = "door.alarm";
    /** Prefix of the words for door alarms: {@code alarm.kind.FORCED_DOOR}, TAMPER, HELD_OPEN. */
    public static final String ALARM_KIND_PREFIX = "alarm.kind.";

    // ---- SQ and passes ----
    /** To the visitor. {0} room, {1} minutes until the request expires. */
    public static final String SQ_WAITING = "sq.waiting";
    /**
     * To each resident. {0} visitor name, {1} visitor type word, {2} last 4 digits of the
     * visitor phone, {3} room, {4} approval code.
     */
    public static final String SQ_APPROVAL = "sq.approval";
    /** To the staff on duty when the room has no resident; arguments as {@link #SQ_APPROVAL}. */
    public static final String SQ_APPROVAL_STAFF = "sq.approval.staff";
    /** {0} room as typed. */
    public static final String SQ_ROOM_UNKNOWN = "sq.room_unknown";
    /** Nobody to ask. {0} room. */
    public static final String SQ_NO_APPROVER = "sq.no_approver";
    /** The visitor already has a pending request for the room. {0} room. */
    public static final String SQ_PENDING = "sq.pending";
    /** To the visitor. {0} room, {1} minutes. */
    public static final String SQ_EXPIRED = "sq.expired";
    /** To the visitor. {0} room. */
    public static final String SQ_DENIED = "sq.denied";
    /** To the visitor after approval. {0} pass code, {1} valid until, {2} room. */
    public static final String PASS_ISSUED = "pass.issued";

    // ---- TY / JJ ----
    /** To the approver. {0} visitor name, {1} type word, {2} valid until. */
    public static final String TY_APPROVED = "ty.approved";
    /** To the resident who denied. {0} visitor name, {1} type word. */
    public static final String JJ_DENIED = "jj.denied";
    /** {0} approval code. */
    public static final String APPROVAL_NOT_FOUND = "approval.not_found";
    /** {0} approval code. */
    public static final String APPROVAL_EXPIRED = "approval.expired";
    /** Another resident answered first. {0} approval code. */
    public static final String APPROVAL_HANDLED = "approval.handled";

    // ---- FK ----
    /** To the inviter. {0} visitor phone, {1} pass code, {2} valid until. */
    public static final String FK_INVITED = "fk.invited";
    /** To the visitor. {0} room, {1} pass code, {2} valid until. */
    public static final String FK_INVITATION = "fk.invitation";
    /** {0} visitor phone. */
    public static final String FK_BLACKLISTED = "fk.blacklisted";

    // ---- CX ----
    /** {0} number of cards, {1} number of live passes, {2} last entry or {@link #CX_NEVER}. */
    public static final String CX_SUMMARY = "cx.summary";
    /** {0} list of "card status". */
    public static final String CX_CARDS = "cx.cards";
    public static final String CX_CARDS_NONE = "cx.cards.none";
    /** {0} number of records, {1} the list. */
    public static final String CX_RECORDS = "cx.records";
    public static final String CX_RECORDS_NONE = "cx.records.none";
    /** {0} list of passes. */
    public static final String CX_PASSES = "cx.passes";
    public static final String CX_PASSES_NONE = "cx.passes.none";
    /** Staff. {0} room, {1} residents, {2} doors. */
    public static final String CX_ROOM = "cx.room";
    /** {0} room. */
    public static final String CX_ROOM_UNKNOWN = "cx.room.unknown";

    // ---- GS / JG ----
    /** {0} card, {1} case number. */
    public static final String GS_REPORTED = "gs.reported";
    /** {0} list of the sender's cards. */
    public static final String GS_CHOOSE = "gs.choose";
    public static final String GS_NO_CARD = "gs.no_card";
    /** {0} card, {1} case number. */
    public static final String GS_ALREADY = "gs.already";
    /** Also for {@code JG}. {0} card. */
    public static final String CARD_UNKNOWN = "card.unknown";
    /** {0} card. */
    public static final String JG_UNBLOCKED = "jg.unblocked";
    /** {0} tries left. */
    public static final String JG_WRONG_SECRET = "jg.wrong_secret";
    /** {0} minutes locked. */
    public static final String JG_LOCKED = "jg.locked";
    /** {0} card. */
    public static final String JG_NOT_LOST = "jg.not_lost";

    // ---- DY / TD ----
    /** {0} list of channels ("code name"). */
    public static final String DY_LIST = "dy.list";
    /** {0} channel. */
    public static final String DY_SUBSCRIBED = "dy.subscribed";
    /** {0} channel. */
    public static final String DY_ALREADY = "dy.already";
    /** Bare {@code DY} after an opt-out. {0} list of channels. */
    public static final String DY_RESUMED = "dy.resumed";
    /** {0} channel as typed. */
    public static final String CHANNEL_UNKNOWN = "channel.unknown";
    /** {0} channel. */
    public static final String TD_UNSUBSCRIBED = "td.unsubscribed";
    /** {0} channel. */
    public static final String TD_NOT_SUBSCRIBED = "td.not_subscribed";
    /** Opted out of all notices, no exemption configured. */
    public static final String TD_OPTOUT = "td.optout";
    /** Opted out of all notices except emergency alerts. {0} the exempt channels. */
    public static final String TD_OPTOUT_EXEMPT = "td.optout.exempt";

    // ---- BX ----
    /** {0} ticket number. */
    public static final String BX_OPENED = "bx.opened";
    /** To the staff on duty. {0} ticket, {1} room, {2} text (the caller cuts it to fit 3 parts). */
    public static final String BX_NOTIFY = "bx.notify";
    public static final String BX_NO_ROOM = "bx.no_room";

    // ---- BD ----
    public static final String BD_OK = "bd.ok";
    /** {0} tries left. */
    public static final String BD_WRONG = "bd.wrong";
    public static final String BD_EXPIRED = "bd.expired";
    public static final String BD_LOCKED = "bd.locked";
    public static final String BD_NONE = "bd.none";

    // ---- GB ----
    /** {0} number of recipients, {1} target. */
    public static final String GB_QUEUED = "gb.queued";
    /** {0} target. */
    public static final String GB_TARGET_UNKNOWN = "gb.target_unknown";
    /** {0} target. */
    public static final String GB_EMPTY = "gb.empty";

    // ---- LH ----
    /** {0} phone, {1} number of passes revoked. */
    public static final String LH_DONE = "lh.done";
    /** {0} phone. */
    public static final String LH_ALREADY = "lh.already";

    // ---- YY ----
    /** In the language just chosen. */
    public static final String YY_SET = "yy.set";

    // ---- cards (added) ----
    /** {@code GS} of a cancelled or damaged card. {0} card, {1} its status word. */
    public static final String GS_NOT_IN_USE = "gs.not_in_use";
    /** To each staff member on duty: {@code JG} was locked. {0} card, {1} the sender's phone, {2} minutes. */
    public static final String JG_LOCK_ALERT = "jg.lock_alert";

    // ---- notices (added) ----
    /** {@code DY} list item of a channel the phone gets. {0} code, {1} name. */
    public static final String DY_ITEM_ON = "dy.item.on";
    /** {@code DY} list item of a channel the phone does not get. {0} code, {1} name. */
    public static final String DY_ITEM_OFF = "dy.item.off";
    /** {@code DY}/{@code TD}/{@code GB} from a phone that belongs to no single community. */
    public static final String NOTICE_NO_COMMUNITY = "notice.no_community";
    /** {@code TD} of an emergency channel, which cannot be turned off. {0} channel. */
    public static final String TD_EMERGENCY = "td.emergency";
    /** {@code CX} summary. {0} rooms with role, {1} cards with status, {2} live passes, {3} last entry. */
    public static final String CX_OVERVIEW = "cx.overview";
    /** One live pass in {@code CX FK}. {0} visitor type, {1} last 4 digits of the visitor, {2} valid until. */
    public static final String CX_PASS_ITEM = "cx.pass.item";

    private ReplyKeys() {
    }
}
