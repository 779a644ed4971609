package community.porter.gateway.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo mode settings ({@code porter.demo.*}, used with {@code --demo}).
 *
 * @param residents extra registered residents, phones {@code +8613810000000} onwards, one per
 *                  room in extra buildings, for load tests and benchmarks; default 0
 * @param smscPort  port of the in-process SMSC simulator on 127.0.0.1; 0 picks a free one
 * @param doorControllers whether demo mode starts a simulated controller for every demo door;
 *                  {@code false} leaves the doors to a real or external controller speaking
 *                  docs/door-protocol.md over the broker (they are offline until it reports in);
 *                  default {@code true}
 */
@Validated
@ConfigurationProperties("porter.demo")
public record DemoProperties(
        @Min(0) @Max(100_000) @DefaultValue("0") int residents,
        @Min(0) @Max(65535) @DefaultValue("0") int smscPort,
        @DefaultValue("true") boolean doorControllers) {
}
