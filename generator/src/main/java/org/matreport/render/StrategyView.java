package org.matreport.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matreport.model.Alignment;
import org.matreport.model.Area;
import org.matreport.model.AreaPlan;
import org.matreport.model.Cluster;
import org.matreport.model.Strategy;
import org.matreport.model.Trust;
import org.matreport.text.Words;

/**
 * The trust's place on the autonomy to alignment spectrum, in words and as a marked scale, with its rationale and the
 * area-by-area plan. Every area appears, so that an undecided one is visible rather than silently missing.
 */
public record StrategyView(
        String cluster,
        String position,
        List<SpectrumPoint> spectrum,
        String rationale,
        List<AreaRow> areas,
        String source) {

    /** One point on the drawn spectrum: its name and, for the trust's own point, a marker. */
    public record SpectrumPoint(String name, String mark) {}

    /** One area of alignment, every cell in words; "not decided" where the trust has not chosen. */
    public record AreaRow(String area, String current, String target, String gap, String approach, String evidence) {}

    private static final String MARK = "◆ this trust";

    static final String AUTONOMY = "Autonomy (Cluster 1)";
    static final String ALIGNMENT = "Alignment (Cluster 2)";
    static final String MIXED = "Mixed: this trust's own choice, not a research cluster";

    static StrategyView of(Trust trust) {
        Strategy strategy = trust.strategy();
        Cluster cluster = strategy.cluster();
        // The research's two clusters are the ends; mixed appears only as this trust's own choice, never as a cluster.
        List<SpectrumPoint> spectrum = cluster == Cluster.MIXED
                ? List.of(point(AUTONOMY, false), point(MIXED, true), point(ALIGNMENT, false))
                : List.of(point(AUTONOMY, cluster == Cluster.AUTONOMY), point(ALIGNMENT, cluster == Cluster.ALIGNMENT));
        String rationale = strategy.rationale() == null || strategy.rationale().isBlank()
                ? "The trust has not written a rationale for this position."
                : strategy.rationale().strip();
        return new StrategyView(
                Words.label(cluster),
                position(cluster),
                spectrum,
                rationale,
                areas(trust.alignment()),
                "Ambition School Leadership, Building Trusts (2018)");
    }

    private static SpectrumPoint point(String name, boolean here) {
        return new SpectrumPoint(name, here ? MARK : "");
    }

    /** The position in plain words; written for trustees who have not read the research. */
    private static String position(Cluster cluster) {
        return switch (cluster) {
            case AUTONOMY ->
                "The trust stands at the autonomy end of the spectrum, the research's Cluster 1. "
                        + "Each headteacher and local governing body decides how their school improves; the trust "
                        + "offers support and challenge rather than one way of teaching.";
            case ALIGNMENT ->
                "The trust stands at the alignment end of the spectrum, the research's Cluster 2. "
                        + "It means every school to teach a shared curriculum in a shared way, and plans for schools "
                        + "to converge on that common approach over time.";
            case MIXED ->
                "The trust calls its strategy mixed: some areas are held in common and others are left to "
                        + "schools. Mixed is this project's own category, not one of the research's clusters: the "
                        + "research found two clear clusters, at the two ends of the spectrum, and a tentative third "
                        + "of only two trusts that it did not describe. The board therefore needs the trust's own "
                        + "account of which areas are which, and why.";
        };
    }

    private static List<AreaRow> areas(Alignment alignment) {
        Map<Area, AreaPlan> plans = alignment == null ? Map.of() : alignment.areas();
        List<AreaRow> rows = new ArrayList<>();
        for (Area area : Area.values()) {
            AreaPlan plan = plans.get(area);
            String name = Words.capitalised(Words.area(area));
            if (plan == null) {
                rows.add(new AreaRow(
                        name,
                        Words.NOT_DECIDED,
                        Words.NOT_DECIDED,
                        Words.NOT_DECIDED,
                        Words.NOT_DECIDED,
                        Words.NOT_DECIDED));
            } else {
                rows.add(new AreaRow(
                        name,
                        Words.label(plan.current()),
                        Words.label(plan.target()),
                        gap(plan),
                        approach(plan),
                        Words.label(plan.evidence())));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * How far an area has to go, in steps of consistency (school-led, partly, shared principles, common): the
     * distance the area's approach must carry the schools.
     */
    static String gap(AreaPlan plan) {
        if (plan.current() == null || plan.target() == null) {
            return Words.NOT_DECIDED;
        }
        int steps = plan.target().level().ordinal() - plan.current().ordinal();
        if (steps == 0) {
            return "on target";
        }
        return steps < 0 ? "beyond target" : Words.plural(steps, "step", "steps");
    }

    static String approach(AreaPlan plan) {
        if (plan.approach() == null) {
            return Words.NOT_STATED;
        }
        return switch (plan.approach()) {
            case CENTRAL -> "central direction";
            case COLLABORATIVE -> "collaborative convergence, supported centrally";
            case NONE -> "none";
        };
    }
}
