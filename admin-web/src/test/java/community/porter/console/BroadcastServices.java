package community.porter.console;

import community.porter.access.notice.Broadcasts;
import community.porter.access.notice.BroadcastsProperties;
import community.porter.access.person.PhoneNumbers;
import community.porter.access.visitor.VisitorsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The access-core services the console's broadcast API stands on (the notice package and phone
 * number normalisation), as the gateway has them, for the console on its own.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = Broadcasts.class)
@ComponentScan(basePackageClasses = PhoneNumbers.class, useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PhoneNumbers.class))
@EnableConfigurationProperties({BroadcastsProperties.class, VisitorsProperties.class})
public class BroadcastServices {
}
