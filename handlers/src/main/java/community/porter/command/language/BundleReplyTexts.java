package community.porter.command.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * {@link ReplyTexts} over the bundles {@code <baseName>_zh.properties} and
 * {@code <baseName>_en.properties}, read once as UTF-8 from the class path. No Spring needed;
 * Spring's {@code MessageSource} reads the same files with {@code spring.messages.basename=messages/commands}
 * and {@code spring.messages.encoding=UTF-8}.
 *
 * <p>Every pattern goes through {@link MessageFormat}, with or without arguments, so a text
 * reads the same whichever way it is asked for. A key missing in one language falls back to the
 * other, then to the key itself: a reply with a wrong word beats no reply (the bundle tests keep
 * this from happening).
 */
public final class BundleReplyTexts implements ReplyTexts {

    /** Where Porter's command replies live on the class path. */
    public static final String DEFAULT_BASE_NAME = "messages/commands";

    private final Map<ReplyLanguage, ResourceBundle> bundles = new EnumMap<>(ReplyLanguage.class);

    /** The command replies shipped with Porter. */
    public BundleReplyTexts() {
        this(DEFAULT_BASE_NAME, BundleReplyTexts.class.getClassLoader());
    }

    /**
     * Bundles {@code <baseName>_zh.properties} and {@code <baseName>_en.properties}.
     *
     * @throws IllegalStateException when a bundle is missing, so a broken build stops at start
     */
    public BundleReplyTexts(String baseName, ClassLoader loader) {
        for (ReplyLanguage lang : ReplyLanguage.values()) {
            bundles.put(lang, load(baseName + "_" + lang.locale().getLanguage() + ".properties", loader));
        }
    }

    private static ResourceBundle load(String path, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("reply bundle not found on the class path: " + path);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reply bundle " + path, e);
        }
    }

    @Override
    public String text(String key, ReplyLanguage lang, Object... args) {
        return new MessageFormat(pattern(key, lang), lang.locale()).format(args == null ? new Object[0] : args);
    }

    /** Whether {@code lang}'s bundle has {@code key} itself (no fallback). */
    public boolean has(String key, ReplyLanguage lang) {
        return bundles.get(lang).containsKey(key);
    }

    /** The keys of {@code lang}'s bundle. */
    public Set<String> keys(ReplyLanguage lang) {
        return bundles.get(lang).keySet();
    }

    /** The unformatted pattern for {@code key}, with the fallbacks described above. */
    public String pattern(String key, ReplyLanguage lang) {
        for (ReplyLanguage candidate : new ReplyLanguage[] {lang, other(lang)}) {
            ResourceBundle bundle = bundles.get(candidate);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return key;
    }

    private static ReplyLanguage other(ReplyLanguage lang) {
        return lang == ReplyLanguage.ZH ? ReplyLanguage.EN : ReplyLanguage.ZH;
    }
}
