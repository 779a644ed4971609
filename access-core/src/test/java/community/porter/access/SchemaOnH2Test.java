package community.porter.access;

import java.time.temporal.ChronoUnit;

/** The access model on H2 in MySQL mode, the embedded default (see application.properties). */
class SchemaOnH2Test extends SchemaContractTest {

    @Override
    ChronoUnit storedPrecision() {
        return ChronoUnit.MILLIS;
    }
}
