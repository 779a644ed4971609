package community.porter.console.broadcasts;

/** A broadcast text as typed in the console, made into what is stored and sent. */
final class BroadcastText {

    private BroadcastText() {
    }

    /**
     * Browsers send a textarea's line breaks as CR LF; one LF is what a handset needs, and the CR
     * would cost a character of every line break. Outer blanks go, as a stored broadcast drops them.
     */
    static String normalise(String typed) {
        return typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
