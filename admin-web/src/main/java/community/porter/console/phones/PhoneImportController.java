package community.porter.console.phones;

import community.porter.access.org.OrgNode;
import community.porter.console.security.ConsoleActor;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /phones/import}: upload a CSV of phones. The result (counts, each rejected line with its
 * reason, each imported phone with its binding code) is shown once on the page the upload
 * redirects to, so a reload neither repeats the import nor shows the codes again.
 */
@Controller
@RequestMapping("/phones/import")
class PhoneImportController {

    private static final String VIEW = "phones/import";

    private final PhoneImport phoneImport;
    private final PhoneRegistry registry;

    PhoneImportController(PhoneImport phoneImport, PhoneRegistry registry) {
        this.phoneImport = phoneImport;
        this.registry = registry;
    }

    @GetMapping
    String initImportForm(ConsoleActor actor, Model model) {
        List<OrgNode> communities = registry.communities(actor);
        model.addAttribute("communities", communities);
        if (!model.containsAttribute("community") && communities.size() == 1) {
            model.addAttribute("community", communities.get(0).getId());
        }
        return VIEW;
    }

    @PostMapping
    String processImportForm(@RequestParam(name = "community", required = false) Long community,
            @RequestParam(name = "verified", defaultValue = "false") boolean verified,
            @RequestParam(name = "file", required = false) MultipartFile file, ConsoleActor actor,
            RedirectAttributes redirect) throws IOException {
        redirect.addFlashAttribute("community", community);
        PhoneImport.Result result;
        if (community == null) {
            result = PhoneImport.Result.refused("phones.error.community.missing");
        } else if (file == null || file.isEmpty()) {
            result = PhoneImport.Result.refused("phones.import.error.noFile");
        } else if (file.getSize() > PhoneImport.MAX_BYTES) {
            // Refused before reading it into memory.
            result = PhoneImport.Result.refused("phones.import.error.tooLarge");
        } else {
            result = phoneImport.importCsv(actor, community, verified, file.getBytes());
        }
        redirect.addFlashAttribute("result", result);
        return "redirect:/phones/import";
    }
}
