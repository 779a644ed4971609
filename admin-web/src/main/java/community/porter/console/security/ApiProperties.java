package community.porter.console.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * API keys given by configuration, besides the ones created in the console and stored hashed.
 *
 * @param keys {@code porter.api.keys}: comma-separated list of keys accepted in header
 *     {@code X-API-Key} (default none). Empty entries are ignored, so {@code PORTER_API_KEYS=}
 *     simply means "no configured key".
 */
@Validated
@ConfigurationProperties(prefix = "porter.api")
public record ApiProperties(
        @DefaultValue @NotNull
                List<@Size(max = 256) @Pattern(regexp = "[\\x21-\\x7E]+",
                        message = "must be printable ASCII without spaces") String> keys) {

    /** Drops blank entries, which a trailing comma or an empty variable would otherwise add. */
    public ApiProperties {
        keys = keys == null ? List.of() : keys.stream().filter(k -> k != null && !k.isBlank()).map(String::trim).toList();
    }

    /** Lists how many keys there are, never the keys themselves. */
    @Override
    public String toString() {
        return "ApiProperties[keys=" + keys.size() + " configured]";
    }
}
