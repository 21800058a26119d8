package org.matreport.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.matreport.model.CentralRole;
import org.matreport.model.Ceo;
import org.matreport.model.Communications;
import org.matreport.model.Governance;
import org.matreport.model.Group;
import org.matreport.model.Intelligence;
import org.matreport.model.Investment;
import org.matreport.model.ModelKind;
import org.matreport.model.OperatingModel;
import org.matreport.model.SchemeOfDelegation;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.text.Words;

/** How the trust delivers improvement, how its schools are grouped, who leads, governs and what it learns from. */
public record OperatingModelView(
        List<Row> models,
        String centralServices,
        List<GroupView> groups,
        String ceo,
        List<RoleRow> centralTeam,
        String centralTeamFte,
        List<Row> governance,
        List<Row> intelligence,
        List<Row> communications,
        List<Row> investment) {

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
                ceo(model.ceo()),
                team,
                Words.decimal(fte),
                governance(model.governance()),
                intelligence(model.intelligence()),
                communications(model.communications()),
                investment(model.investment(), trust.profile().revenue()));
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
                    .sorted(Comparator.naturalOrder())
                    .toList();
            groups.add(new GroupView(group.name(), Words.label(group.kind()), lead, schools));
        }
        return List.copyOf(groups);
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
                new Row("Every local governing body represented on the board", Words.label(g.localGovernorsOnBoard())),
                new Row("Skills on the board", Words.labels(g.skills())),
                new Row(
                        "Scheme of delegation last reviewed",
                        scheme == null ? Words.NOT_STATED : Words.date(scheme.reviewed())),
                new Row(
                        "The trust may direct an underperforming school",
                        scheme == null ? Words.NOT_STATED : Words.yesNo(scheme.directedIntervention())),
                new Row(
                        "Improvement leads and local governors own the same decisions",
                        scheme == null ? Words.NOT_STATED : Words.yesNo(scheme.overlap())),
                new Row("The board reviews the improvement model", Words.label(g.improvementReview())));
    }

    private static List<Row> intelligence(Intelligence i) {
        if (i == null) {
            return List.of(new Row("Sources", Words.NOT_STATED));
        }
        return List.of(
                new Row("Sources", Words.labels(i.sources())),
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
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Share of revenue spent on research, development and training", Words.decimal(percent) + "%"));
        if (revenue != null) {
            long pounds = Math.round(revenue * percent / 100.0);
            rows.add(new Row("In pounds a year, on revenue of £" + Words.number(revenue), "£" + Words.number(pounds)));
        }
        return List.copyOf(rows);
    }
}
