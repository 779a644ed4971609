package community.porter.access.message;

/** Delivery receipts on H2 in MySQL mode, the embedded default. */
class DeliveryReceiptsOnH2Test extends DeliveryReceiptsContractTest {

    /** H2 takes no gap locks: a receipt kept in the instant its part is recorded waits for the sweep. */
    @Override
    boolean sweepNeededForRaces() {
        return true;
    }
}
