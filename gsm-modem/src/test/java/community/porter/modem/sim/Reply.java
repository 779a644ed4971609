package community.porter.modem.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * What the modem is going to answer to one command line: information lines, then OK, a failure
 * code, or the {@code >} prompt; and what it does once the answer is out (a reset after OK).
 */
final class Reply {

    private final List<String> lines = new ArrayList<>();
    private final List<Runnable> afterwards = new ArrayList<>();
    private String failure;
    private int promptLength = -1;

    void line(String line) {
        lines.add(line);
    }

    void fail(String resultCode) {
        failure = resultCode;
    }

    /** @param tpduLength the {@code <length>} the PDU after the prompt must have */
    void prompt(int tpduLength) {
        promptLength = tpduLength;
    }

    /** @param action to run once the final result is written */
    void afterwards(Runnable action) {
        afterwards.add(action);
    }

    List<String> lines() {
        return lines;
    }

    boolean failed() {
        return failure != null;
    }

    String failure() {
        return failure;
    }

    boolean prompting() {
        return promptLength >= 0;
    }

    int promptLength() {
        return promptLength;
    }

    List<Runnable> afterwardsActions() {
        return afterwards;
    }
}
