package community.porter.console.people;

import community.porter.console.security.ConsoleActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /rooms}: the rooms in the user's scope with how many live there, and a room's members. */
@Controller
@RequestMapping("/rooms")
class RoomsController {

    private final PeopleDirectory directory;

    RoomsController(PeopleDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String list(ConsoleActor actor, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rooms", directory.rooms(actor, page));
        return "people/rooms";
    }

    @GetMapping("/{id}")
    String room(ConsoleActor actor, @PathVariable long id, Model model) {
        model.addAttribute("room", directory.room(actor, id));
        return "people/room";
    }
}
