package community.porter.console.phones;

import community.porter.access.org.OrgNode;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneBindingRepository;
import community.porter.access.person.PhoneBindings;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.console.phones.PhoneRules.Checked;
import community.porter.console.phones.PhoneViews.Details;
import community.porter.console.phones.PhoneViews.Membership;
import community.porter.console.phones.PhoneViews.Row;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered phones of a console user's part of the tree: list and search, add one, look at
 * one, suspend, reactivate, and send a new binding code. Every method takes the actor and draws
 * the scope line itself (a phone is in scope when its person is), so a crafted id of another
 * committee is refused here, as unknown, and nothing changes.
 */
@Service
class PhoneRegistry {

    static final int PAGE_SIZE = 50;
    static final String TARGET = "phone";

    /** The result of the add form: field errors, or the new phone and its binding code. */
    record Added(Map<String, String> errors, Long phoneId, String bindingCode) {

        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final PhoneRepository phones;
    private final RoomMembershipRepository memberships;
    private final PhoneBindingRepository bindingRows;
    private final PhoneBindings bindings;
    private final PhoneRules rules;
    private final PhoneRegistrar registrar;
    private final PhoneCommunities communities;
    private final ConsoleAudit audit;
    private final Clock clock;

    PhoneRegistry(PhoneRepository phones, RoomMembershipRepository memberships, PhoneBindingRepository bindingRows,
            PhoneBindings bindings, PhoneRules rules, PhoneRegistrar registrar, PhoneCommunities communities,
            ConsoleAudit audit, Clock clock) {
        this.phones = phones;
        this.memberships = memberships;
        this.bindingRows = bindingRows;
        this.bindings = bindings;
        this.rules = rules;
        this.registrar = registrar;
        this.communities = communities;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the actor's phones; a search is a look at personal data and is audited. */
    @Transactional
    Page<Row> list(ConsoleActor actor, String search, PhoneStatus status, int page) {
        String query = search == null ? "" : search.strip();
        // Numbers are stored without separators; people type them with spaces or dashes.
        String fragment = query.matches("[0-9+ ()\\-]+") ? query.replaceAll("[ ()\\-]", "") : query;
        Page<Phone> found = phones.findInScope(actor.nodePath(), status, fragment,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        if (!query.isEmpty()) {
            audit.read(actor, "PHONES_SEARCHED", TARGET, null,
                    "q=" + query + (status == null ? "" : " status=" + status));
        }
        List<Long> people = found.stream().map(p -> p.getPerson().getId()).toList();
        Map<Long, List<Membership>> rooms = people.isEmpty() ? Map.of()
                : memberships.findWithRoomsByPersonIdIn(people).stream().collect(Collectors.groupingBy(
                        m -> m.getPerson().getId(), LinkedHashMap::new,
                        Collectors.mapping(m -> Membership.of(m, rules.zone()), Collectors.toList())));
        return found.map(p -> new Row(p.getId(), p.getE164(), p.getPerson().getName(), p.getStatus(),
                p.getCreatedAt(), p.getCreatedAt().atZone(rules.zone()).toLocalDate(),
                rooms.getOrDefault(p.getPerson().getId(), List.of())));
    }

    /** The communities the add and import forms offer. */
    @Transactional(readOnly = true)
    List<OrgNode> communities(ConsoleActor actor) {
        return communities.of(actor);
    }

    /**
     * Adds a phone from the form: person, PENDING phone, membership, binding and the audit entry
     * in one transaction; nothing is written when a field is wrong.
     *
     * @throws OutOfScopeException when the form names a community the actor may not use
     */
    @Transactional
    Added add(ConsoleActor actor, PhoneForm form) {
        if (form.getCommunity() == null) {
            return new Added(Map.of("community", "phones.error.community.missing"), null, null);
        }
        OrgNode community = communities.require(actor, form.getCommunity());
        Map<String, String> errors = new LinkedHashMap<>();
        var name = collect(errors, "name", rules.name(form.getName()));
        var e164 = collect(errors, "phone", rules.phone(form.getPhone()));
        var room = collect(errors, "room", rules.room(actor, community, form.getRoom()));
        var role = collect(errors, "role", rules.role(form.getRole()));
        var from = collect(errors, "validFrom", rules.validFrom(form.getValidFrom()));
        var to = collect(errors, "validTo", rules.validTo(form.getValidTo()));
        if (from != null && to != null && !from.isBefore(to)) {
            errors.put("validTo", "phones.error.date.order");
        }
        if (!errors.isEmpty()) {
            return new Added(errors, null, null);
        }
        var registered = registrar.register(new PhoneCandidate(name, e164, room, role, from, to), false);
        Phone phone = registered.phone();
        audit.record(actor, "PHONE_ADDED", TARGET, phone.getId(),
                phone.getE164() + " " + room.getCode() + " " + role);
        return new Added(Map.of(), phone.getId(), registered.bindingCode());
    }

    /** One phone of the actor's, audited as a look at personal data. */
    @Transactional
    Details view(ConsoleActor actor, long id) {
        Details details = details(actor, id);
        audit.read(actor, "PHONE_VIEWED", TARGET, id, null);
        return details;
    }

    /**
     * The same as {@link #view} without an audit entry: the detail page polls it every two seconds
     * while the phone is pending, and it shows nothing but the phone's state.
     */
    @Transactional(readOnly = true)
    Details status(ConsoleActor actor, long id) {
        return details(actor, id);
    }

    /** Bars an active phone; false (and no change) when it is not active. */
    @Transactional
    boolean suspend(ConsoleActor actor, long id) {
        Phone phone = require(actor, id);
        if (phone.getStatus() != PhoneStatus.ACTIVE) {
            return false;
        }
        phone.suspend();
        audit.record(actor, "PHONE_SUSPENDED", TARGET, id, phone.getE164());
        return true;
    }

    /** Lifts a suspension; false (and no change) when the phone is not suspended. */
    @Transactional
    boolean reactivate(ConsoleActor actor, long id) {
        Phone phone = require(actor, id);
        if (phone.getStatus() != PhoneStatus.SUSPENDED) {
            return false;
        }
        phone.activate();
        audit.record(actor, "PHONE_REACTIVATED", TARGET, id, phone.getE164());
        return true;
    }

    /** A new binding code for a pending phone (older codes stop working); null when not pending. */
    @Transactional
    String restartBinding(ConsoleActor actor, long id) {
        Phone phone = require(actor, id);
        if (phone.getStatus() != PhoneStatus.PENDING) {
            return null;
        }
        String code = bindings.start(id);
        audit.record(actor, "PHONE_BINDING_RESTARTED", TARGET, id, phone.getE164());
        return code;
    }

    private Details details(ConsoleActor actor, long id) {
        Phone phone = require(actor, id);
        List<Membership> rooms = memberships.findWithRoomsByPersonIdIn(List.of(phone.getPerson().getId())).stream()
                .map(m -> Membership.of(m, rules.zone())).toList();
        BindingState binding = BindingState.of(bindingRows.findFirstByPhoneIdOrderByIdDesc(id).orElse(null),
                clock.instant());
        return new Details(phone.getId(), phone.getE164(), phone.getPerson().getName(), phone.getStatus(),
                phone.getCreatedAt(), phone.getCreatedAt().atZone(rules.zone()).toLocalDate(), rooms, binding);
    }

    private Phone require(ConsoleActor actor, long id) {
        return phones.findInScope(id, actor.nodePath()).orElseThrow(OutOfScopeException::new);
    }

    private static <T> T collect(Map<String, String> errors, String field, Checked<T> checked) {
        if (!checked.ok()) {
            errors.put(field, checked.error());
        }
        return checked.value();
    }
}
