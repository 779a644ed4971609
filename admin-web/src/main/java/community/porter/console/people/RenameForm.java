package community.porter.console.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's new name as an administrator types it. */
public class RenameForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }
}
