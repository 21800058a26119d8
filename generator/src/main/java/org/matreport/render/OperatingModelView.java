package org.matreport.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.matreport.model.CentralRole;
import org.matreport.model.Ceo;
import org.matreport.model.Communications;
import org.matreport.model.Focus;
import org.matreport.model.Governance;
import org.matreport.model.Group;
import org.matreport.model.GroupKind;
import org.matreport.model.Intelligence;
import org.matreport.model.Investment;
import org.matreport.model.ModelKind;
import org.matreport.model.OperatingModel;
import org.matreport.model.SchemeOfDelegation;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.text.NaturalOrder;
import org.matreport.text.Words;

/** How the trust delivers improvement, how its schools are grouped, who leads, governs and what it learns from. */
public record OperatingModelView(
        List<Row> models,
        String centralServices,
        List<GroupView> groups,
        String groupsText,
        String ceo,
        List<RoleRow> centralTeam,
        String centralTeamFte,
        String centralTeamText,
        List<Row> governance,
        List<Row> intelligence,
        List<Row> communications,
        List<Row> investment,
        String governanceText) {

    /** A hub or cluster with its lead school and its schools, sorted by name. */
    public record GroupView(String name, String kind, String lead, List<String> schools) {}

    /** A central team role. */
    public record RoleRow(String role, String focus, String fte) {}

    static OperatingModelView of(Trust trust) {
        OperatingModel model = trust.operatingModel();
        List<Row> models = model.models().stream()
                .map(m -> new Row(Words.capitalised(Words.label(m)), explain(m)))
                .toList();
        List<RoleRow> team = model.centralTeam().stream()
                .map(r -> new RoleRow(
                        r.role(), Words.label(r.focus()), r.fte() == null ? Words.NOT_STATED : Words.decimal(r.fte())))
                .toList();
        double fte = model.centralTeam().stream()
                .map(CentralRole::fte)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .sum();
        return new OperatingModelView(
                models,
                Words.label(model.centralServices()),
                groups(trust),
                groupsText(model.groups()),
                ceo(model.ceo()),
                team,
                Words.decimal(fte),
                centralTeam(model.centralTeam()),
                governance(model.governance()),
                intelligence(model.intelligence()),
                communications(model.communications()),
                investment(model.investment(), trust.profile().revenue()),
                governanceText(model, trust.profile().revenue()));
    }

    /**
     * The figures a board reads its governance by, in a sentence for the body of the pack: how many trustees, how
     * often the board reviews the improvement model, and what the trust spends on research, development and training.
     * The item-by-item table of governance, intelligence and communications is for the strategy team at the back.
     */
    static String governanceText(OperatingModel model, Long revenue) {
        List<String> parts = new ArrayList<>();
        Governance g = model.governance();
        if (g != null && g.trustees() != null) {
            parts.add("The board has " + Words.plural(g.trustees(), "trustee", "trustees")
                    + (g.improvementReview() == null
                            ? ""
                            : " and reviews the improvement model " + Words.label(g.improvementReview())));
        }
        Investment investment = model.investment();
        if (investment != null && investment.researchPercent() != null) {
            double percent = investment.researchPercent();
            parts.add((parts.isEmpty() ? "The trust spends " : "the trust spends ") + Words.decimal(percent)
                    + "% of revenue"
                    + (revenue == null ? "" : ", £" + Words.number(Math.round(revenue * percent / 100.0)) + " a year,")
                    + " on research, development and training");
        }
        String said = parts.isEmpty() ? "" : String.join("; ", parts) + ". ";
        return said + "Governance, intelligence and communications are set out item by item at the back.";
    }

    private static String explain(ModelKind kind) {
        return switch (kind) {
            case HUB -> "schools gather around hubs that lead improvement for the schools near them";
            case CONSULTANTS -> "advisers from outside the trust are commissioned for the schools that need them";
            case CENTRAL_EXPERTISE -> "the central team holds subject and phase specialists who work with schools";
            case CLUSTERS -> "schools work in small clusters and support one another";
            case NETWORK -> "schools improve one another through peer review and shared practice";
        };
    }

    private static List<GroupView> groups(Trust trust) {
        List<GroupView> groups = new ArrayList<>();
        for (Group group : trust.operatingModel().groups()) {
            String lead = group.lead() == null
                    ? "none named"
                    : trust.schools().stream()
                            .filter(s -> group.lead().equals(s.urn()))
                            .map(School::name)
                            .findFirst()
                            .orElse("URN " + group.lead());
            List<String> schools = trust.schools().stream()
                    .filter(s -> group.id().equals(s.group()))
                    .map(School::name)
                    .sorted(NaturalOrder.INSTANCE)
                    .toList();
            groups.add(new GroupView(group.name(), Words.label(group.kind()), lead, schools));
        }
        return List.copyOf(groups);
    }

    /**
     * The central team in one sentence, full-time equivalents by what the posts mainly do, in the order of {@link
     * Focus}: {@code The central team has 12.4 full-time equivalent posts in 11 roles: improvement leadership 3,
     * improvement delivery 3.6, ...}. The role-by-role table is for the strategy team.
     */
    static String centralTeam(List<CentralRole> roles) {
        if (roles.isEmpty()) {
            return "The trust has not described its central team.";
        }
        Map<Focus, Double> byFocus = new EnumMap<>(Focus.class);
        long unstated = 0;
        for (CentralRole role : roles) {
            if (role.fte() == null) {
                unstated++;
            }
            byFocus.merge(role.focus(), role.fte() == null ? 0.0 : role.fte(), Double::sum);
        }
        double total =
                byFocus.values().stream().mapToDouble(Double::doubleValue).sum();
        List<String> parts = byFocus.entrySet().stream()
                .map(e -> Words.label(e.getKey()) + " " + Words.decimal(e.getValue()))
                .toList();
        return "The central team has " + Words.decimal(total) + " full-time equivalent "
                + (total == 1 ? "post" : "posts") + " in " + Words.plural(roles.size(), "role", "roles") + ": "
                + String.join(", ", parts) + "."
                + (unstated == 0
                        ? ""
                        : " " + Words.capitalised(Words.plural(unstated, "role does", "roles do"))
                                + " not say how many full-time equivalents " + (unstated == 1 ? "it has" : "they have")
                                + ".");
    }

    /**
     * How the schools are grouped, in a sentence: {@code The schools are grouped in 2 hubs; each group's lead school,
     * regions, schools and pupils are under Schools.} The table under Schools lists the groups.
     */
    static String groupsText(List<Group> groups) {
        if (groups.isEmpty()) {
            return "The trust has not grouped its schools into hubs or clusters.";
        }
        List<String> kinds = new ArrayList<>();
        for (GroupKind kind : GroupKind.values()) {
            long n = groups.stream().filter(g -> g.kind() == kind).count();
            if (n > 0) {
                String word = Words.label(kind);
                kinds.add(Words.plural(n, word, word + "s"));
            }
        }
        return "The schools are grouped in " + Words.and(kinds)
                + "; each group's lead school, regions, schools and pupils are under Schools.";
    }

    private static String ceo(Ceo ceo) {
        if (ceo == null || ceo.improvementRole() == null) {
            return "The pack does not say what part the chief executive plays in school improvement.";
        }
        return switch (ceo.improvementRole()) {
            case ENABLES ->
                "The chief executive enables improvement: they set its priorities and create the conditions for it,"
                        + " then support and challenge the leaders who carry it out.";
            case DELIVERS -> "The chief executive delivers improvement: they lead the work in schools themselves.";
        };
    }

    private static List<Row> governance(Governance g) {
        if (g == null) {
            return List.of(new Row("Governance", Words.NOT_STATED));
        }
        SchemeOfDelegation scheme = g.schemeOfDelegation();
        return List.of(
                new Row("Trustees", Words.number(g.trustees())),
                new Row("Local governing bodies on the board", Words.label(g.localGovernorsOnBoard())),
                new Row("Skills on the board", Words.labels(g.skills())),
                new Row(
                        "Scheme of delegation reviewed",
                        scheme == null ? Words.NOT_STATED : Words.date(scheme.reviewed())),
                new Row(
                        "May direct an underperforming school",
                        scheme == null ? Words.NOT_STATED : Words.yesNo(scheme.directedIntervention())),
                new Row(
                        "Improvement leads and local governors own the same decisions",
                        scheme == null ? Words.NOT_STATED : Words.yesNo(scheme.overlap())),
                new Row("Board reviews the improvement model", Words.label(g.improvementReview())));
    }

    private static List<Row> intelligence(Intelligence i) {
        if (i == null) {
            return List.of(new Row("Sources", Words.NOT_STATED));
        }
        return List.of(
                new Row("Sources of intelligence", Words.labels(i.sources())),
                new Row("Data definitions common across schools", Words.yesNo(i.standardised())));
    }

    private static List<Row> communications(Communications c) {
        if (c == null) {
            return List.of(new Row("Channels", Words.NOT_STATED));
        }
        String other = c.other().isEmpty()
                ? "none"
                : String.join(
                        ", ", c.other().stream().map(o -> o.replace('-', ' ')).toList());
        return List.of(
                new Row("Events for all staff across the trust", Words.yesNo(c.trustWideEvents())),
                new Row("Other channels", other));
    }

    private static List<Row> investment(Investment investment, Long revenue) {
        if (investment == null || investment.researchPercent() == null) {
            return List.of(new Row("Research, development and training", Words.NOT_STATED));
        }
        double percent = investment.researchPercent();
        String share = Words.decimal(percent) + "% of revenue";
        if (revenue != null) {
            long pounds = Math.round(revenue * percent / 100.0);
            share += ": £" + Words.number(pounds) + " a year of £" + Words.number(revenue);
        }
        return List.of(new Row("Research, development and training", share));
    }
}
