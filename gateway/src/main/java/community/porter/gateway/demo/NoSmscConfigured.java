package community.porter.gateway.demo;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when no {@code porter.smpp.connections} are configured: only then does the demo start its
 * own SMSC simulator; otherwise Porter binds to the configured SMSC and keeps the demo data.
 */
class NoSmscConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("porter.smpp.connections", Bindable.listOf(java.util.Map.class))
                .map(java.util.List::isEmpty)
                .orElse(true);
    }
}
