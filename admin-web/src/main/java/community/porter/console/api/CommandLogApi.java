package community.porter.console.api;

import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandLogRepository;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/commands}: the command log, newest first (SPEC §10). */
@RestController
@RequestMapping("/api/v1/commands")
class CommandLogApi {

    static final int MAX_LIMIT = 500;

    private final CommandLogRepository commandLog;

    CommandLogApi(CommandLogRepository commandLog) {
        this.commandLog = commandLog;
    }

    /** One command-log row as the API shows it. */
    record CommandView(long id, Instant receivedAt, String phone, String text, String command, String outcome,
            int replyCount) {

        static CommandView of(CommandLogEntry entry) {
            return new CommandView(entry.getId(), entry.getReceivedAt(), entry.getPhone(), entry.getText(),
                    entry.getCommand(), entry.getOutcome().name(), entry.getReplyCount());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<CommandView> commands(@RequestParam(required = false) String phone,
            @RequestParam(defaultValue = "20") int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_LIMIT)));
        List<CommandLogEntry> entries = phone == null || phone.isBlank()
                ? commandLog.findAllByOrderByIdDesc(page)
                : commandLog.findByPhoneOrderByIdDesc(QueryPhones.fromQuery(phone), page);
        return entries.stream().map(CommandView::of).toList();
    }
}
