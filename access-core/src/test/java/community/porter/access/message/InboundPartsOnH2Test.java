package community.porter.access.message;

/** Parts of long messages on H2 in MySQL mode, the embedded default. */
class InboundPartsOnH2Test extends InboundPartsContractTest {
}
