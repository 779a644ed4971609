package community.porter.command.door;

import community.porter.access.door.Door;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import java.util.List;
import org.springframework.stereotype.Component;

/** How a door is named in a reply, in the reader's language. */
@Component
public class DoorNames {

    private final ReplyTexts texts;

    public DoorNames(ReplyTexts texts) {
        this.texts = texts;
    }

    /** "main gate" / "大门", "entrance 3-1" / "3-1单元门", or the door's own name. */
    public String of(Door door, ReplyLanguage language) {
        String code = door.getCode();
        if ("GATE".equalsIgnoreCase(code)) {
            return texts.text(ReplyKeys.DOOR_GATE, language);
        }
        if (code.matches("\\d+-\\d+")) {
            return texts.text(ReplyKeys.DOOR_ENTRANCE, language, code);
        }
        return door.getName() != null ? door.getName() : code;
    }

    /** Door codes as a list in a reply ({@code GATE、1-1} / {@code GATE, 1-1}). */
    public String list(List<String> codes, ReplyLanguage language) {
        return String.join(texts.text(ReplyKeys.LIST_SEPARATOR, language), codes);
    }
}
