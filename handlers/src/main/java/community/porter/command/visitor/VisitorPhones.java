package community.porter.command.visitor;

import community.porter.access.person.InvalidPhoneNumberException;
import community.porter.access.person.PhoneNumbers;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Visitor phones as residents and staff type them in {@code FK} and {@code LH}, completed to
 * E.164 with the community's country code ({@code porter.country-code}, default 86).
 */
@Component
class VisitorPhones {

    private final PhoneNumbers numbers;
    private final String countryCode;

    VisitorPhones(PhoneNumbers numbers, @Value("${porter.country-code:86}") String countryCode) {
        this.numbers = numbers;
        this.countryCode = countryCode;
    }

    /** The number in E.164, or empty when it is no phone number (a typo the parser let through). */
    Optional<String> e164(String typed) {
        try {
            return Optional.of(numbers.normalise(typed, countryCode));
        } catch (InvalidPhoneNumberException e) {
            return Optional.empty();
        }
    }
}
