package community.porter.gateway;

import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the embedded broker to other applications over TCP. */
@Configuration(proxyBeanMethods = false)
class BrokerConfiguration {

    @Bean
    ArtemisConfigurationCustomizer porterAcceptor(BrokerProperties broker) {
        return configuration -> {
            // Nothing in or around Porter manages the broker over JMX; registering its MBeans
            // costs start-up time for no one.
            configuration.setJMXManagementEnabled(false);
            if (broker.listen() != null && !broker.listen().isBlank()) {
                String url = broker.listen() + (broker.listen().contains("?") ? "&" : "?")
                        + "protocols=CORE,AMQP,STOMP";
                try {
                    configuration.addAcceptorConfiguration("porter-tcp", url);
                } catch (Exception e) {
                    throw new IllegalStateException("porter.broker.listen is not a valid acceptor URL: " + url, e);
                }
            }
        };
    }
}
