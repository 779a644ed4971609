package community.porter.access.person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person sets for their own phone by SMS: the reply language ({@code YY}). */
@Service
public class PhoneSettings {

    private final PhoneRepository phones;

    public PhoneSettings(PhoneRepository phones) {
        this.phones = phones;
    }

    /**
     * Sets the reply language of phone {@code phoneId}; {@code null} goes back to following the
     * language of each message.
     *
     * @return false when there is no such phone
     */
    @Transactional
    public boolean chooseLanguage(long phoneId, Language language) {
        return phones.findById(phoneId).map(phone -> {
            phone.chooseLanguage(language);
            return true;
        }).orElse(false);
    }
}
