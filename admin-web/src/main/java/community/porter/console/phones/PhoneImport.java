package community.porter.console.phones;

import community.porter.access.org.OrgNode;
import community.porter.access.org.Room;
import community.porter.access.person.MembershipRole;
import community.porter.console.phones.CsvReader.Record;
import community.porter.console.phones.PhoneRules.Checked;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk import of phones from a CSV file with the header {@code name,phone,room,role[,valid_to]}.
 * Each row is checked by the same rules as the add form and written in its own transaction, so a
 * bad row is reported with its line and reason and never costs the good rows next to it. Phones
 * the property has verified are active at once; the others wait for their binding code.
 */
@Service
class PhoneImport {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 5_000;
    private static final List<String> HEADER = List.of("name", "phone", "room", "role");
    private static final String VALID_TO = "valid_to";

    /** A row that was imported; {@code bindingCode} is null for a verified (active) phone. */
    record Imported(int line, String e164, String name, String bindingCode) implements Serializable {
    }

    /** A row that was not imported and the message key of why. */
    record Rejected(int line, String reason) implements Serializable {
    }

    /**
     * What an import came to: either {@code error} (the file as a whole was refused, nothing
     * imported) or the rows imported and rejected.
     */
    record Result(String error, List<Imported> imported, List<Rejected> rejected) implements Serializable {

        static Result refused(String error) {
            return new Result(error, List.of(), List.of());
        }
    }

    private final PhoneRules rules;
    private final PhoneRegistrar registrar;
    private final PhoneCommunities communities;
    private final ConsoleAudit audit;
    private final TransactionTemplate transactions;

    PhoneImport(PhoneRules rules, PhoneRegistrar registrar, PhoneCommunities communities, ConsoleAudit audit,
            PlatformTransactionManager transactionManager) {
        this.rules = rules;
        this.registrar = registrar;
        this.communities = communities;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports {@code csv} into community {@code communityId}.
     *
     * @param verified true when the property has checked the numbers: the phones are active at once
     * @throws OutOfScopeException when the community is not one the actor may use
     */
    Result importCsv(ConsoleActor actor, Long communityId, boolean verified, byte[] csv) {
        OrgNode community = transactions.execute(tx -> communities.require(actor, communityId));
        if (csv.length > MAX_BYTES) {
            return Result.refused("phones.import.error.tooLarge");
        }
        List<Record> records = CsvReader.read(CsvText.decode(csv)).stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty() || !header(records.get(0).fields())) {
            return Result.refused("phones.import.error.header");
        }
        List<Record> rows = records.subList(1, records.size());
        if (rows.isEmpty()) {
            return Result.refused("phones.import.error.empty");
        }
        if (rows.size() > MAX_ROWS) {
            return Result.refused("phones.import.error.tooManyRows");
        }
        int columns = records.get(0).fields().size();
        List<Imported> imported = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Record row : rows) {
            try {
                Object outcome = transactions.execute(tx -> importRow(actor, community, verified, columns, row, seen));
                if (outcome instanceof Imported done) {
                    imported.add(done);
                } else {
                    rejected.add((Rejected) outcome);
                }
            } catch (DataIntegrityViolationException registeredMeanwhile) {
                rejected.add(new Rejected(row.line(), "phones.error.phone.registered"));
            }
        }
        audit.record(actor, "PHONES_IMPORTED", "community", community.getId(),
                "imported=" + imported.size() + " rejected=" + rejected.size() + " verified=" + verified);
        return new Result(null, List.copyOf(imported), List.copyOf(rejected));
    }

    private Object importRow(ConsoleActor actor, OrgNode community, boolean verified, int columns, Record row,
            Set<String> seen) {
        List<String> f = row.fields();
        if (f.size() != columns) {
            return new Rejected(row.line(), "phones.import.error.columns");
        }
        Checked<String> name = rules.name(f.get(0));
        if (!name.ok()) {
            return new Rejected(row.line(), name.error());
        }
        Checked<String> number = rules.number(f.get(1));
        if (!number.ok()) {
            return new Rejected(row.line(), number.error());
        }
        if (!seen.add(number.value())) {
            return new Rejected(row.line(), "phones.import.error.duplicate");
        }
        Checked<String> e164 = rules.unregistered(number.value());
        Checked<Room> room = rules.room(actor, community, f.get(2));
        Checked<MembershipRole> role = rules.role(f.get(3));
        Checked<Instant> validTo = columns > HEADER.size() ? rules.validTo(f.get(4)) : Checked.ok(null);
        for (Checked<?> checked : List.of(e164, room, role, validTo)) {
            if (!checked.ok()) {
                return new Rejected(row.line(), checked.error());
            }
        }
        var registered = registrar.register(new PhoneCandidate(name.value(), e164.value(), room.value(),
                role.value(), null, validTo.value()), verified);
        return new Imported(row.line(), e164.value(), name.value(), registered.bindingCode());
    }

    private static boolean header(List<String> fields) {
        List<String> names = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        return names.equals(HEADER) || names.size() == HEADER.size() + 1
                && names.subList(0, HEADER.size()).equals(HEADER) && names.get(HEADER.size()).equals(VALID_TO);
    }
}
