package org.groundtruth.assessment;

import org.groundtruth.attribution.ActivityCounts;
import org.groundtruth.attribution.ActivityIndex;
import org.groundtruth.attribution.ActivityRecord;
import org.groundtruth.attribution.Attribution;
import org.groundtruth.attribution.AttributionInput;
import org.groundtruth.attribution.Attributor;
import org.groundtruth.attribution.Party;
import org.groundtruth.attribution.PartyStatement;
import org.groundtruth.attribution.WeaponTable;
import org.groundtruth.grading.GradeOverride;
import org.groundtruth.grading.GradeResult;
import org.groundtruth.grading.Grader;
import org.groundtruth.grading.GradingInput;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.SearchResult;
import org.groundtruth.matching.GreatCircle;
import org.groundtruth.objective.MilitaryObjective;
import org.groundtruth.objective.ObjectiveAnalysis;
import org.groundtruth.objective.ObjectiveAnalyzer;
import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.warning.IncidentLink;
import org.groundtruth.warning.IncidentSightings;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Gathers each engine's inputs through the ports and runs attribution, objective analysis and grading. One incident
 * at a time for the web (its activity learned from the attributed incidents around it, found with an indexed store
 * search), or the whole store for the CLI (one {@link ActivityIndex} over every attributed incident, results saved in
 * chunks). Computing is cheap; what is stored is the summary the search filters need (decision 0545).
 */
public final class Assessor {
    public static final double ACTIVITY_RADIUS_KM = 25;
    public static final int ACTIVITY_WINDOW_DAYS = 30;
    /** What the stored summaries (the public's grade and party filters) learn activity from. */
    static final Set<org.groundtruth.incident.IncidentStatus> LEARNED_FOR_SUMMARIES =
            EnumSet.of(org.groundtruth.incident.IncidentStatus.PUBLISHED);
    /** Incidents whose date spans more than this many days say too little about when a party was active. */
    static final int LONGEST_ACTIVITY_WINDOW_DAYS = 31;
    static final double CLAIMED_AT_LEAST = 0.5;
    private static final int PAGE = IncidentQuery.MAX_LIMIT;

    private final IncidentStore incidents;
    private final ObjectiveLayer objectives;
    private final AssessmentLedger ledger;
    private final StatementSource statements;
    private final Attributor attributor;
    private final Grader grader = new Grader();
    private final ObjectiveAnalyzer analyzer = new ObjectiveAnalyzer();
    private final Clock clock;
    private final WeaponTable weapons;
    private final IncidentSightings sightings;

    public Assessor(IncidentStore incidents, ObjectiveLayer objectives, AssessmentLedger ledger, StatementSource statements,
                    WeaponTable weapons, Clock clock) {
        this(incidents, objectives, ledger, statements, weapons, clock, IncidentSightings.NONE);
    }

    private Assessor(IncidentStore incidents, ObjectiveLayer objectives, AssessmentLedger ledger, StatementSource statements,
                     WeaponTable weapons, Clock clock, IncidentSightings sightings) {
        this.incidents = incidents;
        this.objectives = objectives;
        this.ledger = ledger;
        this.statements = statements == null ? StatementSource.NONE : statements;
        this.weapons = weapons;
        this.attributor = new Attributor(weapons);
        this.clock = clock;
        this.sightings = sightings == null ? IncidentSightings.NONE : sightings;
    }

    /**
     * This assessor, offering attribution the alerts whose flights may have struck each incident (issue 11, decision
     * 0814); without it, none.
     */
    public Assessor withSightings(IncidentSightings source) {
        return new Assessor(incidents, objectives, ledger, statements, weapons, clock, source);
    }

    /** One incident, its activity learned from the attributed incidents around it, of any status. */
    public Assessment assess(Incident incident) {
        return assess(incident, null);
    }

    /**
     * One incident, its activity learned only from the incidents of these statuses (null: all), so that what the
     * public reads is not shaped by incidents it may not see.
     */
    public Assessment assess(Incident incident, java.util.Set<org.groundtruth.incident.IncidentStatus> visible) {
        ActivityIndex index = new ActivityIndex(ACTIVITY_RADIUS_KM, ACTIVITY_WINDOW_DAYS);
        IncidentFacts f = incident.facts();
        if (f.location().isPlaced()) {
            double lat = f.location().point().lat(), lon = f.location().point().lon();
            double dLat = Math.toDegrees(ACTIVITY_RADIUS_KM / GreatCircle.EARTH_RADIUS_KM) + 1e-6;
            double dLon = Math.min(179, dLat / Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(lat) + dLat)))) * 1.01);
            BoundingBox box = new BoundingBox(wrap(lon - dLon), Math.max(-90, lat - dLat), wrap(lon + dLon), Math.min(90, lat + dLat));
            IncidentQuery q = IncidentQuery.all().withBbox(box)
                    .withPeriod(f.date().firstDay().minusDays(ACTIVITY_WINDOW_DAYS), f.date().lastDay().plusDays(ACTIVITY_WINDOW_DAYS))
                    .withStatuses(visible);
            forEachPage(q, i -> activityRecord(i).ifPresent(index::add));
        }
        return assess(incident, index, objectives.list(), ledger.currentOverride(incident.id()).orElse(null));
    }

    /** The three analyses from prepared inputs (the batch and the single path both end here). */
    public Assessment assess(Incident incident, ActivityIndex index, List<MilitaryObjective> layer, GradeOverride override) {
        return assess(incident, index, layer, override, statements.statementsFor(incident.id()));
    }

    private Assessment assess(Incident incident, ActivityIndex index, List<MilitaryObjective> layer, GradeOverride override,
                              List<PartyStatement> said) {
        IncidentFacts f = incident.facts();
        said = said == null ? List.of() : said;
        ActivityCounts activity = f.location().isPlaced()
                ? index.near(incident.id(), f.location().point().lat(), f.location().point().lon(), f.date().firstDay(), f.date().lastDay())
                : ActivityCounts.none(index.radiusKm(), index.windowDays());
        List<IncidentLink> warnedBy = sightings.linksFor(incident);
        List<org.groundtruth.attribution.Sighting> seen = warnedBy.stream().flatMap(l -> l.asAttributionEvidence().stream()).toList();
        Attribution attribution = attributor.attribute(new AttributionInput(incident.id(), f, said, activity, seen, datasets(incident)));

        List<String> labels = new ArrayList<>(), texts = new ArrayList<>();
        for (Report r : incident.reports()) {
            labels.add("report " + r.id() + (r.source().name() == null ? "" : " (" + r.source().name() + ")"));
            texts.add(r.text());
        }
        if (f.summary() != null) {
            labels.add("summary");
            texts.add(f.summary());
        }
        ObjectiveAnalysis objectiveAnalysis = analyzer.analyse(f, labels, texts, layer);

        Set<Party> admitted = EnumSet.noneOf(Party.class), claimedBy = EnumSet.noneOf(Party.class);
        String claimNearby = null;
        for (PartyStatement s : said) {
            if (s.kind() == PartyStatement.Kind.ADMISSION) admitted.add(s.party());
            if (s.kind() == PartyStatement.Kind.MATCHED_CLAIM && s.matchScore() >= CLAIMED_AT_LEAST) {
                claimedBy.add(s.party());
                if (claimNearby == null) claimNearby = s.party().label() + "'s own claim matches: " + s.description();
            }
        }
        Set<String> datasets = datasets(incident);
        String theatre = org.groundtruth.place.CountryCodes.alpha2(f.location().countryCode());
        List<Set<Party>> allegations = f.allegedPerpetrators().stream()
                .map(a -> org.groundtruth.attribution.SourceCoding.parties(a, datasets, theatre, f.date().lastDay()))
                .filter(s -> !s.isEmpty()).toList();
        String actionNearby = claimNearby != null ? claimNearby : activityNearby(activity, allegations, attribution);
        GradeResult grade = grader.grade(new GradingInput(incident.reports().stream().map(Report::source).toList(), texts,
                f.casualties(), allegations, admitted, claimedBy, actionNearby)).withOverride(override);
        return new Assessment(incident.id(), attribution, objectiveAnalysis, grade, clock.instant().truncatedTo(ChronoUnit.SECONDS), warnedBy);
    }

    /**
     * Every incident of the store: assessed, the summaries saved in chunks; each result also goes to {@code each}.
     * Activity is learned from published incidents only, because the stored summaries answer the public's grade and
     * party filters, which must not be shaped by incidents the public may not see.
     */
    public long assessAll(Consumer<Assessment> each) {
        ActivityIndex index = new ActivityIndex(ACTIVITY_RADIUS_KM, ACTIVITY_WINDOW_DAYS);
        forEachPage(IncidentQuery.all().withPlaced(true).withStatuses(LEARNED_FOR_SUMMARIES), i -> activityRecord(i).ifPresent(index::add));
        List<MilitaryObjective> layer = objectives.list();
        java.util.Map<Long, GradeOverride> overrides = new java.util.HashMap<>();
        for (GradeOverride o : ledger.currentOverrides()) overrides.put(o.incidentId(), o);
        List<StoredAssessment> chunk = new ArrayList<>();
        long n = 0;
        long offset = 0;
        while (true) {
            SearchResult page = incidents.search(IncidentQuery.all().page(PAGE, offset));
            java.util.Map<Long, List<PartyStatement>> said = statements.statementsFor(page.items().stream().map(Incident::id).toList());
            for (Incident i : page.items()) {
                Assessment a = assess(i, index, layer, overrides.get(i.id()), said.get(i.id()));
                if (each != null) each.accept(a);
                chunk.add(a.stored());
                n++;
            }
            ledger.saveComputed(chunk);
            chunk.clear();
            offset += page.items().size();
            if (page.items().size() < PAGE || offset >= page.numberMatched()) return n;
        }
    }

    /**
     * Stores one incident's summary (after an edit or an override), learned from published incidents as in
     * {@link #assessAll}, and returns the assessment learned from every incident, for the signed-in caller.
     */
    public Assessment refresh(Incident incident) {
        ledger.saveComputed(List.of(assess(incident, LEARNED_FOR_SUMMARIES).stored()));
        return assess(incident);
    }

    private static String activityNearby(ActivityCounts activity, List<Set<Party>> allegations, Attribution attribution) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        allegations.forEach(parties::addAll);
        parties.addAll(attribution.verdict());
        for (Party p : parties) {
            int n = activity.of(p);
            if (n > 0) {
                return String.format(Locale.ROOT, "%d other incident(s) within %.0f km and %d days name %s", n, activity.radiusKm(),
                        activity.windowDays(), p.label());
            }
        }
        return null;
    }

    /**
     * The incident as the activity index learns from it, if it may be a strike, is placed, dated closely enough and
     * names a party.
     */
    public static Optional<ActivityRecord> activityRecord(Incident i) {
        IncidentFacts f = i.facts();
        // a ground battle naming the government is no evidence of who flies strikes there
        if (!f.kind().mayBeStrike()) return Optional.empty();
        if (!f.location().isPlaced() || f.location().precision() == LocationPrecision.COUNTRY) return Optional.empty();
        long days = ChronoUnit.DAYS.between(f.date().firstDay(), f.date().lastDay()) + 1;
        if (days > LONGEST_ACTIVITY_WINDOW_DAYS) return Optional.empty();
        EnumSet<Party> parties = EnumSet.noneOf(Party.class);
        Set<String> datasets = datasets(i);
        String theatre = org.groundtruth.place.CountryCodes.alpha2(f.location().countryCode());
        for (String a : f.allegedPerpetrators()) parties.addAll(org.groundtruth.attribution.SourceCoding.parties(a, datasets, theatre, f.date().lastDay()));
        if (parties.isEmpty()) return Optional.empty();
        return Optional.of(new ActivityRecord(i.id(), f.location().point().lat(), f.location().point().lon(),
                f.date().firstDay().plusDays((days - 1) / 2), parties));
    }

    private static Set<String> datasets(Incident i) {
        Set<String> out = new java.util.HashSet<>();
        for (Report r : i.reports()) out.add(r.source().dataset());
        return out;
    }

    private void forEachPage(IncidentQuery query, Consumer<Incident> each) {
        long offset = 0;
        while (true) {
            SearchResult page = incidents.search(query.page(PAGE, offset));
            for (Incident i : page.items()) each.accept(i);
            offset += page.items().size();
            if (page.items().size() < PAGE || offset >= page.numberMatched()) return;
        }
    }

    private static double wrap(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }
}
