package org.matreport.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.matreport.catalogue.RuleInfo;
import org.matreport.catalogue.Threshold;
import org.matreport.catalogue.Thresholds;
import org.matreport.model.Approach;
import org.matreport.model.Area;
import org.matreport.model.AreaPlan;
import org.matreport.model.BoardRepresentation;
import org.matreport.model.BoardSkill;
import org.matreport.model.CentralServices;
import org.matreport.model.Cluster;
import org.matreport.model.Consistency;
import org.matreport.model.Evidence;
import org.matreport.model.Focus;
import org.matreport.model.Group;
import org.matreport.model.GrowthSchool;
import org.matreport.model.ImprovementRole;
import org.matreport.model.IntelligenceSource;
import org.matreport.model.ModelKind;
import org.matreport.model.NewSchoolPolicy;
import org.matreport.model.OperatingModel;
import org.matreport.model.Region;
import org.matreport.model.ReviewFrequency;
import org.matreport.model.SchemeOfDelegation;
import org.matreport.model.School;
import org.matreport.model.Trust;

/**
 * A trust prepared for the rules, as it is now or as it will be after a growth date. Defaults are filled in here, once,
 * so that rules never guess: a missing current counts as school-led, a missing approach or evidence as none, a missing
 * yes/no as no, a missing review frequency as none, and thresholds are those in force. Read-only.
 */
public final class RuleContext {

    private final Trust trust;
    private final Thresholds thresholds;
    private final LocalDate asOf;
    private final List<TrustSchool> schools;
    private final List<TrustSchool> pipeline;
    private final Map<Area, AreaState> areas;

    /** The thresholds the rule being run declared; {@code null} outside any one rule. */
    private final Set<Threshold> declared;

    private RuleContext(Trust trust, Thresholds thresholds, LocalDate asOf) {
        this.declared = null;
        this.trust = trust;
        this.thresholds = thresholds;
        this.asOf = asOf;
        Set<String> shared = sharedNames(trust);
        List<TrustSchool> open = new ArrayList<>();
        for (int i = 0; i < trust.schools().size(); i++) {
            School school = trust.schools().get(i);
            open.add(TrustSchool.open(i, school, shared.contains(school.name())));
        }
        List<TrustSchool> expected = new ArrayList<>();
        for (int i = 0; i < trust.growth().size(); i++) {
            GrowthSchool school = trust.growth().get(i);
            boolean joined = asOf != null && !school.expected().isAfter(asOf);
            (joined ? open : expected).add(TrustSchool.joining(i, school, shared.contains(school.name())));
        }
        this.schools = List.copyOf(open);
        this.pipeline = List.copyOf(expected);
        this.areas = decidedAreas(trust);
    }

    /** The same view for one rule, which may read only the thresholds it declares. */
    private RuleContext(RuleContext whole, Set<Threshold> declared) {
        this.trust = whole.trust;
        this.thresholds = whole.thresholds;
        this.asOf = whole.asOf;
        this.schools = whole.schools;
        this.pipeline = whole.pipeline;
        this.areas = whole.areas;
        this.declared = Set.copyOf(declared);
    }

    /**
     * This view as one rule sees it: a threshold it did not declare cannot be read, so the catalogue, the settings a
     * trust may change and what the rule really uses cannot drift apart.
     */
    RuleContext forRule(RuleInfo rule) {
        return new RuleContext(this, Set.copyOf(rule.thresholds()));
    }

    /** The trust as it is. */
    public static RuleContext now(Trust trust) {
        return new RuleContext(trust, Thresholds.inForce(trust.settings()), null);
    }

    /** The trust once every growth school expected on or before the date has joined. */
    public RuleContext after(LocalDate date) {
        return new RuleContext(trust, thresholds, date);
    }

    /** Names that two schools of the trust, open or joining, both have: the only ones a message needs a URN for. */
    private static Set<String> sharedNames(Trust trust) {
        List<String> names = new ArrayList<>();
        trust.schools().forEach(s -> names.add(s.name()));
        trust.growth().forEach(g -> names.add(g.name()));
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                shared.add(name);
            }
        }
        return shared;
    }

    private static Map<Area, AreaState> decidedAreas(Trust trust) {
        Map<Area, AreaState> decided = new EnumMap<>(Area.class);
        if (trust.alignment() != null) {
            for (Map.Entry<Area, AreaPlan> e : trust.alignment().areas().entrySet()) {
                AreaPlan plan = e.getValue();
                decided.put(
                        e.getKey(),
                        new AreaState(
                                e.getKey(),
                                plan.target(),
                                plan.current() == null ? Consistency.SCHOOL_LED : plan.current(),
                                plan.approach() == null ? Approach.NONE : plan.approach(),
                                plan.evidence() == null ? Evidence.NONE : plan.evidence()));
            }
        }
        return Collections.unmodifiableMap(decided);
    }

    /** The model as written, for what needs no default. */
    public Trust trust() {
        return trust;
    }

    /** {@code null} for now, else the growth date this view forecasts. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * A threshold in force.
     *
     * @throws IllegalStateException when this view is for a rule that does not declare the threshold
     */
    public double threshold(Threshold threshold) {
        if (declared != null && !declared.contains(threshold)) {
            throw new IllegalStateException(
                    "a rule read the threshold " + threshold.key() + ", which it does not declare");
        }
        return thresholds.get(threshold);
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    // Schools

    /** Open schools; in a forecast, also the growth schools that have joined by then. */
    public List<TrustSchool> schools() {
        return schools;
    }

    /** Growth schools still expected after this view's date (all of them now). */
    public List<TrustSchool> pipeline() {
        return pipeline;
    }

    public int schoolCount() {
        return schools.size();
    }

    public int pupilCount() {
        return schools.stream()
                .mapToInt(s -> s.pupils() == null ? 0 : s.pupils())
                .sum();
    }

    /** The regions the schools are in, in the register's order; schools with no region are not counted. */
    public Set<Region> regions() {
        Set<Region> regions = new TreeSet<>();
        schools.forEach(s -> {
            if (s.region() != null) {
                regions.add(s.region());
            }
        });
        return regions;
    }

    public boolean growthPlanned() {
        return !trust.growth().isEmpty();
    }

    /** The path of the schools' section: {@code growth} when a forecast's new schools drive the count. */
    public String schoolsPath() {
        return asOf == null ? "schools" : "growth";
    }

    // Strategy and alignment

    public Cluster cluster() {
        return trust.strategy().cluster();
    }

    public Optional<AreaState> area(Area area) {
        return Optional.ofNullable(areas.get(area));
    }

    public Collection<AreaState> decidedAreas() {
        return areas.values();
    }

    public NewSchoolPolicy newSchoolPolicy() {
        return trust.alignment() == null || trust.alignment().newSchools() == null
                ? null
                : trust.alignment().newSchools().policy();
    }

    public boolean earnedAutonomyEnabled() {
        return trust.alignment() != null
                && trust.alignment().earnedAutonomy() != null
                && Boolean.TRUE.equals(trust.alignment().earnedAutonomy().enabled());
    }

    public String earnedAutonomyCriteria() {
        return trust.alignment() == null || trust.alignment().earnedAutonomy() == null
                ? null
                : trust.alignment().earnedAutonomy().criteria();
    }

    // Operating model

    private OperatingModel model() {
        return trust.operatingModel();
    }

    public Set<ModelKind> models() {
        return model().models().isEmpty() ? EnumSet.noneOf(ModelKind.class) : EnumSet.copyOf(model().models());
    }

    public boolean hasAnyModel(ModelKind... kinds) {
        Set<ModelKind> held = models();
        for (ModelKind kind : kinds) {
            if (held.contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the models are exactly this one kind. */
    public boolean modelsOnly(ModelKind kind) {
        return models().equals(EnumSet.of(kind));
    }

    public List<Group> groups() {
        return model().groups();
    }

    public boolean hasRole(Focus focus) {
        return model().centralTeam().stream().anyMatch(r -> r.focus() == focus);
    }

    /**
     * Whether anyone can deliver improvement in schools: a central role with focus improvement-delivery, or a hub,
     * clusters, consultants or central expertise. One definition, so that OPM-407 and BRK-525 cannot drift apart.
     */
    public boolean hasDeliveryCapacity() {
        return hasRole(Focus.IMPROVEMENT_DELIVERY)
                || hasAnyModel(ModelKind.HUB, ModelKind.CLUSTERS, ModelKind.CONSULTANTS, ModelKind.CENTRAL_EXPERTISE);
    }

    /** What the delivery capacity of {@link #hasDeliveryCapacity()} would be, in words, for messages. */
    public static final String DELIVERY_CAPACITY =
            "no improvement-delivery role, hub, clusters, consultants or central expertise";

    public CentralServices centralServices() {
        return model().centralServices();
    }

    public ImprovementRole ceoRole() {
        return model().ceo() == null ? null : model().ceo().improvementRole();
    }

    public BoardRepresentation boardRepresentation() {
        return model().governance() == null ? null : model().governance().localGovernorsOnBoard();
    }

    public Set<BoardSkill> boardSkills() {
        return model().governance() == null || model().governance().skills().isEmpty()
                ? EnumSet.noneOf(BoardSkill.class)
                : EnumSet.copyOf(model().governance().skills());
    }

    private Optional<SchemeOfDelegation> scheme() {
        return Optional.ofNullable(model().governance()).map(g -> g.schemeOfDelegation());
    }

    public boolean directedIntervention() {
        return scheme().map(s -> Boolean.TRUE.equals(s.directedIntervention())).orElse(false);
    }

    public boolean delegationOverlap() {
        return scheme().map(s -> Boolean.TRUE.equals(s.overlap())).orElse(false);
    }

    public LocalDate delegationReviewed() {
        return scheme().map(SchemeOfDelegation::reviewed).orElse(null);
    }

    public ReviewFrequency improvementReview() {
        return model().governance() == null || model().governance().improvementReview() == null
                ? ReviewFrequency.NONE
                : model().governance().improvementReview();
    }

    public Set<IntelligenceSource> intelligenceSources() {
        return model().intelligence() == null
                        || model().intelligence().sources().isEmpty()
                ? EnumSet.noneOf(IntelligenceSource.class)
                : EnumSet.copyOf(model().intelligence().sources());
    }

    public boolean standardisedData() {
        return model().intelligence() != null
                && Boolean.TRUE.equals(model().intelligence().standardised());
    }

    public List<String> otherChannels() {
        return model().communications() == null
                ? List.of()
                : model().communications().other();
    }

    public Double researchPercent() {
        return model().investment() == null ? null : model().investment().researchPercent();
    }

    // Dates

    /** The date governance is judged against: the board meeting, else the first day of the planned year. */
    public LocalDate governanceDate() {
        return trust.profile().boardMeeting() != null
                ? trust.profile().boardMeeting()
                : trust.profile().period().firstDay();
    }
}
