package community.porter.gateway;

import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
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

    /**
     * The queues other applications and door controllers send Porter messages on: a message
     * rolled back because the database was away is delivered again, after a growing pause, for
     * as long as it takes.
     * Left at the broker's default (ten tries, then dropped without a dead-letter address) a
     * long database outage would lose what the broker had accepted. Messages Porter refuses do
     * not come back here: they are dead-lettered by the routes with their reason.
     */
    @Bean
    ArtemisConfigurationCustomizer porterIntakeRedelivery() {
        return configuration -> {
            for (String queue : new String[] {"porter.sms.outbound", "porter.visitor.requests", "porter.door.events"}) {
                configuration.addAddressSetting(queue, new AddressSettings()
                        .setMaxDeliveryAttempts(-1)
                        .setRedeliveryDelay(1000)
                        .setRedeliveryMultiplier(2)
                        .setMaxRedeliveryDelay(60_000));
            }
        };
    }
}
