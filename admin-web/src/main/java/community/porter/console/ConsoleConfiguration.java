package community.porter.console;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The whole console in one import: an application whose own component scan does not reach
 * {@code community.porter.console} adds {@code @Import(ConsoleConfiguration.class)}. It needs
 * the access-core JPA repositories; in demo mode it also picks up a {@code PhoneSimulator} bean.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class ConsoleConfiguration {}
