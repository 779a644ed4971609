package community.porter.command.pipeline;

import community.porter.command.language.BundleReplyTexts;
import community.porter.command.language.CommandParser;
import community.porter.command.language.ReplyTexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pure command-language parts as beans: the parser and the reply texts. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    @Bean
    CommandParser commandParser() {
        return new CommandParser();
    }

    @Bean
    ReplyTexts replyTexts() {
        return new BundleReplyTexts();
    }
}
