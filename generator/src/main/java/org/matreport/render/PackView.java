package org.matreport.render;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.matreport.load.LoadedTrust;
import org.matreport.model.GrowthSchool;
import org.matreport.model.Profile;
import org.matreport.model.Trust;
import org.matreport.rules.CheckResult;
import org.matreport.support.SourceVersion;
import org.matreport.support.Version;
import org.matreport.text.Bidi;
import org.matreport.text.Words;

/**
 * Everything the templates print, already in words: formatted numbers and dates, labels, sorted lists, totals, the
 * status of each link, and the charts. The templates only print and iterate, so the pack's rules live here, in Java,
 * where they can be tested.
 */
public record PackView(
        String title,
        String description,
        String language,
        String runningHeader,
        String colour,
        CoverView cover,
        SummaryView summary,
        VisionView vision,
        StrategyView strategy,
        AlignmentView alignment,
        OperatingModelView operatingModel,
        SchoolsView schools,
        GrowthView growth,
        List<BreakPointView> breakPoints,
        FindingsView findings,
        AppendixView appendix,
        List<Chart> charts,
        ChangesView changes) {

    /** The trust's colour when it gave a valid one; otherwise a dark blue that passes contrast checks on white. */
    static final String DEFAULT_COLOUR = "#1d3f6e";

    /** How this pack was made, for the appendix; none of it may come from the clock. */
    public record Making(SourceVersion source, Instant made, boolean ownTemplates) {

        /**
         * {@code commit 1a2b3c4d5e6f of 3 November 2026}, with a warning when the files have changed since, or a
         * sentence saying why there is none.
         */
        public String sourceText() {
            if (!source.known()) {
                return "not known: the trust folder is not in a git repository";
            }
            String commit = source.commit();
            return "commit " + commit.substring(0, Math.min(12, commit.length())) + " of " + Words.date(source.date())
                    + (source.changedSince() ? ", with changes not yet committed" : "");
        }
    }

    public static PackView of(LoadedTrust loaded, CheckResult result, Making making) {
        Trust trust = loaded.trust();
        Profile profile = trust.profile();
        String colour = profile.colour() != null && profile.colour().matches("#[0-9a-fA-F]{6}")
                ? profile.colour().toLowerCase(Locale.ROOT)
                : DEFAULT_COLOUR;
        Reading reading = Reading.of(trust, result);
        SummaryView summary = SummaryView.of(reading);
        StrategyView strategy = StrategyView.of(trust);
        SchoolsView schools = SchoolsView.of(trust);
        List<BreakPointView> breakPoints = BreakPointView.of(reading);
        GrowthView growth = GrowthView.of(trust);
        List<Chart> charts = new java.util.ArrayList<>();
        charts.add(StatusBadge.draw(summary.overall()));
        charts.add(ChainChart.draw(summary.chain()));
        charts.add(SpectrumChart.draw(trust.strategy().cluster(), strategy.spectrum()));
        if (trust.alignment() != null
                && ConsistencyChart.showsADifference(trust.alignment().areas())) {
            charts.add(ConsistencyChart.draw(trust.alignment().areas()));
        }
        if (SchoolsChart.showsADifference(schools.byRegion())) {
            charts.add(SchoolsChart.draw(schools.byRegion()));
        }
        // A timeline shows a difference only when something lies ahead: a break point, or a policy change to come.
        if (breakPoints.stream().anyMatch(p -> p.state() == BreakPointView.State.AHEAD)
                || growth.policy().stream().anyMatch(p -> !p.inEffect())) {
            charts.add(TimelineChart.draw(
                    breakPoints,
                    trust.growth().stream().map(GrowthSchool::expected).toList(),
                    growth.policy()));
        }
        String name = Bidi.isolate(profile.name()); // printed in the header of every page
        return new PackView(
                name + ": strategy pack " + profile.period(),
                "The board's strategy pack for " + name + " for " + profile.period()
                        + ": the decisions asked of the board, the coherence of vision, strategy, alignment and"
                        + " operating model, schools, growth and findings.",
                "en-GB",
                name + " · strategy pack " + profile.period(),
                colour,
                CoverView.of(trust, summary, reading),
                summary,
                VisionView.of(trust.vision()),
                strategy,
                AlignmentView.of(trust),
                OperatingModelView.of(trust),
                schools,
                growth,
                breakPoints,
                FindingsView.of(reading),
                AppendixView.of(reading, madeWith(result, making)),
                List.copyOf(charts),
                null);
    }

    /** Whether the pack draws the chart of that name; a chart that would show no difference is not drawn. */
    public boolean drawn(String name) {
        return chart(name).isPresent();
    }

    /** The same pack with its appendix printed as {@code mode} asks. */
    public PackView withAppendix(Appendix mode) {
        return with(appendix.as(mode), changes);
    }

    /** The same pack with a "Changes since the last pack" section; {@code null} leaves it out. */
    public PackView withChanges(ChangesView since) {
        return with(appendix, since);
    }

    /** The same pack with another appendix and changes section: the two parts a pack is varied in. */
    private PackView with(AppendixView appendix, ChangesView changes) {
        return new PackView(
                title,
                description,
                language,
                runningHeader,
                colour,
                cover,
                summary,
                vision,
                strategy,
                alignment,
                operatingModel,
                schools,
                growth,
                breakPoints,
                findings,
                appendix,
                charts,
                changes);
    }

    /** The chart of that name, for the marker {@code [//]: # "chart:NAME"} in the Markdown. */
    public Optional<Chart> chart(String name) {
        return charts.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static List<Row> madeWith(CheckResult result, Making making) {
        return List.of(
                new Row("Made by", "matreport " + Version.current()),
                new Row("Source version", making.sourceText()),
                new Row(
                        "Dated",
                        Words.date(
                                making.made().atZone(java.time.ZoneOffset.UTC).toLocalDate())),
                new Row("Findings judged on", Words.date(result.referenceDate())),
                new Row(
                        "Templates",
                        making.ownTemplates() ? "the trust's own, with the built-in ones for the rest" : "built in"),
                new Row(
                        "Formats",
                        "Markdown, HTML and PDF, all from one Markdown text; the charts are drawn by matreport itself"
                                + " and appear in the Markdown as the tables beside them"),
                new Row(
                        "Research",
                        "Building Trusts (Ambition School Leadership, 2018); Forum Education on the trust chief"
                                + " executive's role in improvement at scale"));
    }
}
