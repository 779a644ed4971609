package community.porter.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded broker's network side ({@code porter.broker.*}). Porter itself talks to the
 * embedded broker in-VM; other applications reach it over TCP. With
 * {@code spring.artemis.mode=native} and {@code spring.artemis.broker-url} Porter uses an
 * external broker instead and this setting is ignored.
 *
 * @param listen acceptor URL for other applications (CORE, AMQP and STOMP on one port); blank
 *               for none; default {@code tcp://127.0.0.1:61616}
 */
@ConfigurationProperties("porter.broker")
public record BrokerProperties(@DefaultValue("tcp://127.0.0.1:61616") String listen) {
}
