package community.porter.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** The console speaks Chinese and English, with the same keys in both. */
class MessageBundlesTest {

    @Test
    void everyConsoleBundleHasTheSameKeysInChineseAndEnglish() throws Exception {
        for (String bundle : ConsoleWebConfiguration.CONSOLE_BUNDLES) {
            String name = bundle.substring("messages/".length());
            if (!name.equals("commands")) { // the handlers module checks its own bundle
                assertThat(load(name + "_zh").keySet()).as(name).isEqualTo(load(name + "_en").keySet());
            }
        }
    }

    @Test
    void noKeyIsDefinedByTwoConsoleBundles() throws Exception {
        var seen = new java.util.HashMap<Object, String>();
        for (String bundle : ConsoleWebConfiguration.CONSOLE_BUNDLES) {
            String name = bundle.substring("messages/".length());
            if (!name.equals("commands")) {
                for (Object key : load(name + "_en").keySet()) {
                    assertThat(seen.put(key, name)).as("key %s of %s", key, name).isNull();
                }
            }
        }
    }

    @Test
    void messageSourceReadsUtf8AndFallsBackToChinese() {
        MessageSource messages = new ConsoleWebConfiguration().messageSource();
        assertThat(messages.getMessage("nav.phones", null, Locale.CHINESE)).isEqualTo("手机号");
        assertThat(messages.getMessage("nav.phones", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("手机号");
        assertThat(messages.getMessage("nav.phones", null, Locale.ENGLISH)).isEqualTo("Phones");
        assertThat(messages.getMessage("nav.phones", null, Locale.FRENCH)).isEqualTo("手机号");
    }

    @Test
    void onlyChineseAndEnglishAreEverChosen() {
        assertThat(ConsoleLocaleResolver.supported(Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(ConsoleLocaleResolver.supported(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.CHINESE);
        assertThat(ConsoleLocaleResolver.supported(Locale.GERMAN)).isEqualTo(Locale.CHINESE);
        assertThat(ConsoleLocaleResolver.supported(null)).isEqualTo(Locale.CHINESE);
    }

    private static Properties load(String name) throws Exception {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/messages/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
