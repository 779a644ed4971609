package community.porter.console.apikeys;

import community.porter.access.console.ApiKeys;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a new API key as an administrator types it, e.g. the application that will use it. */
public class ApiKeyForm {

    @NotBlank
    @Size(max = ApiKeys.MAX_NAME)
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }
}
