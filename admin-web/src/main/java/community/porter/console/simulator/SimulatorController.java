package community.porter.console.simulator;

import community.porter.console.web.ConsoleTimeZone;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demo's phone simulator: a person picks (or types) a phone number, sends an SMS from it and
 * watches Porter's replies arrive. Messages travel through the {@link PhoneSimulator} the gateway
 * provides in demo mode; without one the page explains that it exists in demo mode only.
 */
@Controller
@RequestMapping("/simulator")
class SimulatorController {

    /** A phone number as a person types it: digits, optionally with a leading {@code +}. */
    static final String PHONE_PATTERN = "\\+?[0-9]{3,20}";

    private static final Logger log = LoggerFactory.getLogger(SimulatorController.class);
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(PHONE_PATTERN);

    private final ObjectProvider<PhoneSimulator> simulators;
    private final ZoneId zone;

    SimulatorController(ObjectProvider<PhoneSimulator> simulators, ConsoleTimeZone zone) {
        this.zone = zone.zone();
        this.simulators = simulators;
    }

    @GetMapping
    String initSmsForm(@RequestParam(required = false) String phone, Model model, HttpServletResponse response) {
        PhoneSimulator simulator = simulators.getIfAvailable();
        if (simulator == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "simulator/unavailable";
        }
        var form = new SmsForm();
        var phones = simulator.phones();
        form.setPhone(phone != null && !phone.isBlank() ? phone : phones.isEmpty() ? "" : phones.get(0).number());
        model.addAttribute("smsForm", form);
        return showHandset(simulator, form, model, "simulator/simulator");
    }

    /**
     * The conversation part of the page, polled every second. Answers 204 (htmx then leaves the
     * page alone) while nothing changed since the version the page already shows.
     */
    @GetMapping("/conversation")
    String showConversation(@RequestParam(required = false) String phone, @RequestParam(required = false) String seen,
            Model model, HttpServletResponse response) {
        var conversation = conversation(requireSimulator(), phone);
        if (conversation.version().equals(seen)) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        model.addAttribute("conversation", conversation);
        return "simulator/simulator :: conversation";
    }

    /**
     * Sends the typed SMS. htmx gets the handset back (text box emptied, or the error shown);
     * a browser without script gets the whole page, after a redirect when the SMS went out.
     */
    @PostMapping("/messages")
    String processSmsForm(@Valid @ModelAttribute("smsForm") SmsForm form, BindingResult result,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        PhoneSimulator simulator = requireSimulator();
        boolean sent = false;
        if (!result.hasErrors()) {
            try {
                simulator.send(form.getPhone(), form.getText());
                sent = true;
            } catch (RuntimeException e) {
                // The demo SMSC may not be bound yet; say so on the page instead of failing the request.
                log.warn("Phone simulator could not send from {}: {}", form.getPhone(), e.toString());
                model.addAttribute("sendFailed", true);
            }
        }
        if (htmx == null) {
            if (sent) {
                redirect.addAttribute("phone", form.getPhone());
                return "redirect:/simulator";
            }
            return showHandset(simulator, form, model, "simulator/simulator");
        }
        if (sent) {
            form.setText("");
        }
        return showHandset(simulator, form, model, "simulator/simulator :: handset");
    }

    private String showHandset(PhoneSimulator simulator, SmsForm form, Model model, String view) {
        model.addAttribute("phones", simulator.phones());
        model.addAttribute("conversation", conversation(simulator, form.getPhone()));
        return view;
    }

    private ConversationView conversation(PhoneSimulator simulator, String phone) {
        if (phone == null || !PHONE.matcher(phone.strip()).matches()) {
            return ConversationView.none();
        }
        String number = phone.strip();
        return ConversationView.of(number, simulator.conversation(number), zone);
    }

    private PhoneSimulator requireSimulator() {
        PhoneSimulator simulator = simulators.getIfAvailable();
        if (simulator == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The phone simulator runs in demo mode only");
        }
        return simulator;
    }
}
