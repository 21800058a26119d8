package org.matreport.render;

import org.matreport.load.LoadedTrust;
import org.matreport.model.Profile;
import org.matreport.model.Trust;

/**
 * Everything the templates print, already in words: formatted numbers and dates, labels, sorted lists and totals.
 * The templates only print and iterate, so the pack's rules live here, in Java, where they can be tested.
 */
public record PackView(
        String title,
        String description,
        String language,
        String runningHeader,
        String colour,
        CoverView cover,
        VisionView vision,
        StrategyView strategy,
        OperatingModelView operatingModel,
        SchoolsView schools,
        GrowthView growth,
        ChangesView changes) {

    /** The trust's colour when it gave a valid one; otherwise a dark blue that passes contrast checks on white. */
    static final String DEFAULT_COLOUR = "#1d3f6e";

    public static PackView of(LoadedTrust loaded, Long sourceDateEpoch) {
        Trust trust = loaded.trust();
        Profile profile = trust.profile();
        String colour = profile.colour() != null && profile.colour().matches("#[0-9a-fA-F]{6}")
                ? profile.colour().toLowerCase(java.util.Locale.ROOT)
                : DEFAULT_COLOUR;
        return new PackView(
                profile.name() + ": strategy pack " + profile.period(),
                "The board's strategy pack for " + profile.name() + " for " + profile.period()
                        + ": vision, strategy, operating model, schools and growth.",
                "en-GB",
                profile.name() + " · strategy pack " + profile.period(),
                colour,
                CoverView.of(trust, sourceDateEpoch),
                VisionView.of(trust.vision()),
                StrategyView.of(trust),
                OperatingModelView.of(trust),
                SchoolsView.of(trust),
                GrowthView.of(trust),
                null);
    }

    /** The same pack with a "Changes since the last pack" section; {@code null} leaves it out. */
    public PackView withChanges(ChangesView since) {
        return new PackView(
                title,
                description,
                language,
                runningHeader,
                colour,
                cover,
                vision,
                strategy,
                operatingModel,
                schools,
                growth,
                since);
    }
}
