package community.porter.command.language;

/**
 * The syntax hints the parser can answer with: one per command (its usage, for a bare keyword
 * missing its arguments or for surplus arguments) and one per argument that can be wrong. Each
 * key is in both bundles, and its text shows the right syntax with an example.
 */
public enum SyntaxHint {
    H(CommandCode.H, "syntax.h"),

    KM(CommandCode.KM, "syntax.km"),
    KM_DOOR(CommandCode.KM, "syntax.km.door"),
    KM_PIN(CommandCode.KM, "syntax.km.pin"),

    SQ(CommandCode.SQ, "syntax.sq"),
    SQ_ROOM(CommandCode.SQ, "syntax.sq.room"),
    /** Args: the longest name allowed. */
    SQ_NAME(CommandCode.SQ, "syntax.sq.name"),

    TY(CommandCode.TY, "syntax.ty"),
    TY_CODE(CommandCode.TY, "syntax.ty.code"),

    JJ(CommandCode.JJ, "syntax.jj"),
    JJ_CODE(CommandCode.JJ, "syntax.jj.code"),

    FK(CommandCode.FK, "syntax.fk"),
    FK_PHONE(CommandCode.FK, "syntax.fk.phone"),
    FK_TYPE(CommandCode.FK, "syntax.fk.type"),
    /** Args: the most days allowed. */
    FK_DAYS(CommandCode.FK, "syntax.fk.days"),

    CX(CommandCode.CX, "syntax.cx"),
    CX_KIND(CommandCode.CX, "syntax.cx.kind"),
    /** Args: the most records allowed. */
    CX_COUNT(CommandCode.CX, "syntax.cx.count"),

    GS(CommandCode.GS, "syntax.gs"),
    GS_CARD(CommandCode.GS, "syntax.gs.card"),

    JG(CommandCode.JG, "syntax.jg"),
    JG_CARD(CommandCode.JG, "syntax.jg.card"),
    JG_SECRET(CommandCode.JG, "syntax.jg.secret"),

    DY(CommandCode.DY, "syntax.dy"),
    DY_CHANNEL(CommandCode.DY, "syntax.dy.channel"),

    TD(CommandCode.TD, "syntax.td"),
    TD_CHANNEL(CommandCode.TD, "syntax.td.channel"),

    BX(CommandCode.BX, "syntax.bx"),
    /** Args: the longest text allowed. */
    BX_LONG(CommandCode.BX, "syntax.bx.long"),

    BD(CommandCode.BD, "syntax.bd"),
    BD_CODE(CommandCode.BD, "syntax.bd.code"),

    GB(CommandCode.GB, "syntax.gb"),
    GB_TARGET(CommandCode.GB, "syntax.gb.target"),
    GB_TEXT(CommandCode.GB, "syntax.gb.text"),
    /** Args: the longest text allowed. */
    GB_LONG(CommandCode.GB, "syntax.gb.long"),

    LH(CommandCode.LH, "syntax.lh"),
    LH_PHONE(CommandCode.LH, "syntax.lh.phone"),
    /** Args: the longest reason allowed. */
    LH_LONG(CommandCode.LH, "syntax.lh.long"),

    YY(CommandCode.YY, "syntax.yy"),
    YY_LANG(CommandCode.YY, "syntax.yy.lang");

    private final CommandCode command;
    private final String key;

    SyntaxHint(CommandCode command, String key) {
        this.command = command;
        this.key = key;
    }

    /** The command this hint is about. */
    public CommandCode command() {
        return command;
    }

    /** The bundle key of the hint's text. */
    public String key() {
        return key;
    }

    /** The usage hint of a command, e.g. {@code syntax.sq} for {@link CommandCode#SQ}. */
    public static SyntaxHint usageOf(CommandCode code) {
        return valueOf(code.name());
    }
}
