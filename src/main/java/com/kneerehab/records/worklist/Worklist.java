package com.kneerehab.records.worklist;

import com.kneerehab.records.audit.AuditLog;
import com.kneerehab.records.patient.PatientRef;
import com.kneerehab.records.patient.PatientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clinician's worklist: every patient with something that needs attention, most urgent first, each with
 * the reasons why, since when and where to act. Gathered from every {@link AttentionSource}: one statement per
 * source plus one for the patients' names, however large the clinic, and one audit line for the read.
 */
@ApplicationScoped
public class Worklist {

    /** At most this many items are read from each source. */
    static final int PER_SOURCE = 200;

    /** One patient's line: who, and the items, most urgent first. */
    public record Entry(PatientRef patient, List<AttentionItem> items) {

        public AttentionItem first() {
            return items.get(0);
        }
    }

    public record Page(List<Entry> entries, int items, boolean cut) {
    }

    /** The numbers shown in the navigation; {@code more} when a routine source had more than was counted. */
    public record Counts(long items, long urgent, boolean more) {
    }

    /** A routine source's count in the navigation stops here (shown as "100+"); urgent ones are counted in full. */
    static final int NAV_UP_TO = 100;

    static final Comparator<AttentionItem> URGENCY = Comparator.comparing(AttentionItem::reason)
            .thenComparing(AttentionItem::since);

    @Inject
    @Any
    Instance<AttentionSource> sources;

    @Inject
    PatientService patients;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    WholeClinicCounts wholeClinic;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page load() {
        Instant now = Instant.now(clock);
        List<AttentionItem> all = new ArrayList<>();
        boolean cut = false;
        for (AttentionSource source : sources) {
            List<AttentionItem> items = source.items(now, PER_SOURCE);
            cut |= items.size() >= PER_SOURCE;
            all.addAll(items);
        }
        all.sort(URGENCY);
        Map<Long, List<AttentionItem>> byPatient = new LinkedHashMap<>();
        for (AttentionItem item : all) {
            byPatient.computeIfAbsent(item.patientId(), id -> new ArrayList<>()).add(item);
        }
        Map<Long, PatientRef> refs = patients.refs(byPatient.keySet());
        List<Entry> entries = byPatient.entrySet().stream()
                .filter(e -> refs.containsKey(e.getKey()))
                .map(e -> new Entry(refs.get(e.getKey()), e.getValue()))
                .toList();
        audit.success("worklist.read", "worklist", null, null);
        return new Page(entries, all.size(), cut);
    }

    /**
     * The counts for the navigation: one count statement per source, except that a whole-clinic source's count
     * is reused while it is fresh enough ({@link WholeClinicCounts}); no audit line (no patient is named).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts() {
        Instant now = Instant.now(clock);
        long items = 0;
        long urgent = 0;
        boolean more = false;
        for (AttentionSource source : sources) {
            long n = source.wholeClinic() ? wholeClinic.count(source, now, NAV_UP_TO) : source.count(now, NAV_UP_TO);
            items += n;
            if (source.urgent()) {
                urgent += n;
            } else {
                more |= n >= NAV_UP_TO;
            }
        }
        return new Counts(items, urgent, more);
    }
}
