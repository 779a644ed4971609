package community.porter.modem.at;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One command on the wire: the reader thread adds its lines and completes it, the caller's
 * thread waits.
 */
final class PendingCommand {

    private final AtCommand command;
    private final List<String> lines = new ArrayList<>();
    private final CompletableFuture<Void> prompt = new CompletableFuture<>();
    private final CompletableFuture<Void> informed = new CompletableFuture<>();
    /** The final result; {@code null} when the command's rule completed it without one. */
    private final CompletableFuture<FinalResult> done = new CompletableFuture<>();

    PendingCommand(AtCommand command) {
        this.command = command;
    }

    AtCommand command() {
        return command;
    }

    synchronized void add(String line) {
        lines.add(line);
        if (command.finalOptional() && command.isInformation(line)) {
            informed.complete(null);
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Completes when the {@code >} prompt came. */
    CompletableFuture<Void> prompt() {
        return prompt;
    }

    /** Completes when the information response of a command with an optional final result came. */
    CompletableFuture<Void> informed() {
        return informed;
    }

    /** Completes with the final result, or exceptionally when the link failed. */
    CompletableFuture<FinalResult> done() {
        return done;
    }
}
