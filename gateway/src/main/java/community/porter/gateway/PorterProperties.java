package community.porter.gateway;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the community Porter serves ({@code porter.*}).
 *
 * @param countryCode   country calling code used to complete national numbers such as
 *                      {@code 13800000001}; default {@code 86}
 * @param serviceNumber the number residents text (the SMSC's short code or the modem's number),
 *                      used as the source of replies; default {@code 10690000}
 */
@Validated
@ConfigurationProperties("porter")
public record PorterProperties(
        @Pattern(regexp = "[1-9][0-9]{0,3}", message = "must be a country calling code such as 86")
        @DefaultValue("86") String countryCode,
        @NotBlank @DefaultValue("10690000") String serviceNumber) {
}
