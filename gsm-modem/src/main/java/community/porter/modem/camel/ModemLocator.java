package community.porter.modem.camel;

import community.porter.modem.at.AtException;
import community.porter.modem.at.AtSession;
import community.porter.modem.at.AtSessionSettings;
import community.porter.modem.at.ModemCommands;
import community.porter.modem.serial.SerialLink;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a modem again after its port went away, as when USB re-enumerates it under another
 * device name: asks each free candidate port for its IMEI (or the SIM's ICCID when only that is
 * known) and names the one that answers with the modem's own. A port another modem holds is
 * never opened, and every port probed is closed again before the next.
 */
final class ModemLocator {

    private static final Logger LOG = LoggerFactory.getLogger(ModemLocator.class);

    private final Function<ModemConfig, SerialLink> links;
    private final PortClaims claims;
    private final AtSessionSettings probeSettings;

    /**
     * @param links         opens a port
     * @param claims        the ports modems hold
     * @param probeSettings the deadlines of the identity queries
     */
    ModemLocator(Function<ModemConfig, SerialLink> links, PortClaims claims, AtSessionSettings probeSettings) {
        this.links = links;
        this.claims = claims;
        this.probeSettings = probeSettings;
    }

    /**
     * @param modem      the modem, on the port it was last seen on
     * @param identity   what it must answer with
     * @param candidates the ports to try, in order
     * @return the first port whose modem answers with {@code identity}
     */
    Optional<String> find(ModemConfig modem, ModemIdentity identity, List<String> candidates) {
        for (String candidate : candidates) {
            if (candidate.equals(modem.port()) || claims.heldByOther(candidate, modem.name())) {
                continue;
            }
            if (answersAs(modem.withPort(candidate), identity)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private boolean answersAs(ModemConfig candidate, ModemIdentity identity) {
        try (AtSession probe = AtSession.open(links.apply(candidate), probeSettings, (session, urc) -> {
            // Only the answers matter; boot lines and reports of a modem being probed are not ours.
        })) {
            ModemCommands commands = new ModemCommands(probe);
            commands.probe();
            if (identity.imei().isPresent()) {
                return identity.imei().get().equals(commands.imei());
            }
            return identity.iccid().isPresent() && commands.iccid().equals(identity.iccid());
        } catch (AtException | RuntimeException e) {
            LOG.debug("modem '{}': {} does not answer as it: {}", candidate.name(), candidate.port(), e.getMessage());
            return false;
        }
    }

    /**
     * What a modem answers with.
     *
     * @param imei  the modem's IMEI, if known
     * @param iccid its SIM's ICCID, if known
     */
    record ModemIdentity(Optional<String> imei, Optional<String> iccid) {

        /** @return whether anything is known to recognise the modem by */
        boolean known() {
            return imei.isPresent() || iccid.isPresent();
        }

        @Override
        public String toString() {
            return imei.map(i -> "IMEI " + i).orElseGet(() -> iccid.map(c -> "ICCID " + c).orElse("no identity"));
        }
    }
}
