package community.porter.gateway;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camel's {@code jms} component on Spring Boot's connection factory: the routes reach the broker
 * (embedded or external, whatever {@code spring.artemis.*} says) as {@code jms:queue:…} and
 * {@code jms:topic:…}.
 */
@Configuration(proxyBeanMethods = false)
class JmsConfiguration {

    @Bean("jms")
    JmsComponent jms(ConnectionFactory connectionFactory) {
        return JmsComponent.jmsComponent(connectionFactory);
    }
}
