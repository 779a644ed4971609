package community.porter.console.logs;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.OutboxMessage;
import community.porter.console.security.ConsoleActor;
import community.porter.console.web.ConsoleTimeZone;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /logs}: the message and command log, and the life of one received message. */
@Controller
class LogsController {

    private final MessageLogService messages;
    private final ZoneId zone;

    LogsController(MessageLogService messages, ConsoleTimeZone zone) {
        this.zone = zone.zone();
        this.messages = messages;
    }

    @GetMapping("/logs")
    String showLog(ConsoleActor actor, @ModelAttribute("search") LogSearch search, BindingResult badInput,
            Model model) {
        MessageLogService.LogPage page = messages.search(actor, search, zone);
        model.addAttribute("lines", page.lines());
        model.addAttribute("nextPage", page.nextToken() == null ? null : search.nextPageLink(page.nextToken()));
        model.addAttribute("states", Stream.concat(Stream.of(InboxMessage.State.values()).map(Enum::name),
                Stream.of(OutboxMessage.State.values()).map(Enum::name)).toList());
        model.addAttribute("outcomes", List.of(CommandOutcome.values()));
        model.addAttribute("zone", zone);
        return "logs/logs";
    }

    @GetMapping("/logs/in/{id}")
    String showInbound(ConsoleActor actor, @PathVariable long id, Model model) {
        model.addAttribute("life", messages.inbound(actor, id));
        model.addAttribute("zone", zone);
        return "logs/inbound";
    }
}
