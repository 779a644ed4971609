package community.porter.access.visitor;

/** Kind of visit, named by the code visitors type in {@code SQ} and residents in {@code FK}. */
public enum VisitorType {
    /** Courier (快递). */
    KD,
    /** Takeaway delivery (外卖). */
    WM,
    /** Maintenance (维修). */
    WX,
    /** Water or gas delivery (送水). */
    SS,
    /** Guest (访客). */
    FK
}
