package org.matreport.catalogue;

import static org.matreport.catalogue.Link.ALIGNMENT_TO_OPERATING_MODEL;
import static org.matreport.catalogue.Link.GROWTH;
import static org.matreport.catalogue.Link.INTELLIGENCE;
import static org.matreport.catalogue.Link.STRATEGY_TO_ALIGNMENT;
import static org.matreport.catalogue.Link.VISION;
import static org.matreport.catalogue.Sources.BUILDING_TRUSTS;
import static org.matreport.catalogue.Sources.CEO_ROLE;
import static org.matreport.catalogue.Sources.WHITE_PAPER;
import static org.matreport.catalogue.Sources.cite;
import static org.matreport.model.Severity.ERROR;
import static org.matreport.model.Severity.INFO;
import static org.matreport.model.Severity.WARNING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matreport.model.Severity;

/**
 * The coherence rule catalogue as data: ids, names, default severities, chain links, thresholds, sources, and for
 * each rule why it matters to a board and what to do. The loader uses it to check rule ids and threshold names that
 * trusts write in settings and acknowledgements; the engine pairs each entry with its check.
 */
public final class RuleCatalogue {

    private static final List<RuleInfo> RULES = List.of(
            // Strategy to alignment
            rule(
                    "STR-201",
                    "alignment-core-undecided",
                    ERROR,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    cite(BUILDING_TRUSTS, "Cluster 2 embeds a common curriculum and pedagogy"),
                    "A strategy of alignment means one curriculum and one pedagogy; leaving either to schools or"
                            + " undecided contradicts the strategy the board chose.",
                    "Decide the target for curriculum and pedagogy, or reconsider whether alignment is the strategy."),
            rule(
                    "STR-202",
                    "alignment-support-undecided",
                    WARNING,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "common approaches are usually built on curriculum, assessment and teacher development"),
                    "Aligned trusts usually build their common way around assessment and teacher development as well"
                            + " as curriculum; leaving them to schools weakens the common approach.",
                    "Set a target for assessment and teacher development that supports the common approach."),
            rule(
                    "STR-203",
                    "autonomy-with-common-core",
                    WARNING,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "Cluster 1 keeps the autonomy of school leaders; central direction and collaborative"
                                    + " convergence are two routes to consistency, chosen as a matter of culture, not"
                                    + " forms of autonomy"),
                    "A strategy of autonomy leaves curriculum and pedagogy to school leaders. Making either common is"
                            + " a move towards alignment whether the centre defines it or the schools converge on it"
                            + " together: in the research, how a trust reaches consistency is a separate, cultural"
                            + " choice, not a kind of autonomy. The strategy and the plan point different ways.",
                    "Either keep curriculum and pedagogy at shared principles or school-led, or make alignment the"
                            + " strategy and choose how to reach it."),
            rule(
                    "STR-204",
                    "no-route-to-target",
                    ERROR,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "alignment comes by central direction or supported collaborative convergence"),
                    "The trust wants more consistency than it has but has said neither who will define the common way"
                            + " nor how schools will converge on it, so the target will not be reached.",
                    "Choose an approach for the area: central direction or centrally-supported collaboration."),
            rule(
                    "STR-205",
                    "back-office-left-to-schools",
                    WARNING,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "trusts in Cluster 1 and in Cluster 2 both stressed back-office efficiencies; staff asked"
                                    + " most for more standardisation of information management and back office"),
                    "Trusts in both of the research's clusters, autonomy and alignment alike, stressed efficiencies in"
                            + " the back office, and trust staff asked for more standardisation of information"
                            + " management and back office than of anything else; leaving them to schools forgoes"
                            + " both.",
                    "Set a shared or common target for back office and information management."),
            rule(
                    "STR-206",
                    "case-for-change-missing",
                    INFO,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    cite(BUILDING_TRUSTS, "evidence makes the case for aligning"),
                    "Schools align more readily behind evidence, from research or from what already works inside the"
                            + " trust; without it the common way rests on authority alone.",
                    "Record what evidence supports the common approach in this area."),
            rule(
                    "STR-207",
                    "mixed-without-rationale",
                    WARNING,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    "project category: Building Trusts found two clear clusters and a tentative third of only two"
                            + " trusts; mixed is this project's name for a trust that holds some areas in common and"
                            + " leaves others to schools",
                    "mixed is not one of the research's clusters but this project's own category: the research found"
                            + " two clear clusters and a tentative third of only two trusts, and offers no account of"
                            + " a trust that holds some areas in common and leaves others to schools. A board can"
                            + " judge that choice only from the trust's own reasons.",
                    "Write the rationale: which areas the trust holds in common, which it leaves to schools, and why."),
            rule(
                    "STR-208",
                    "leadership-development-left-to-schools",
                    INFO,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    cite(BUILDING_TRUSTS, "staff asked for more common development of senior leaders"),
                    "Developing senior staff was among the things trust staff most wanted done the same way across"
                            + " schools.",
                    "Consider a shared approach to developing senior leaders across the trust."),
            rule(
                    "STR-209",
                    "identity-undecided",
                    INFO,
                    STRATEGY_TO_ALIGNMENT,
                    List.of(),
                    cite(BUILDING_TRUSTS, "shared mission, vision and values align decisions across different schools"),
                    "Shared values and identity keep leaders deciding in the same spirit even when their schools"
                            + " differ; the trust has stated neither.",
                    "State the trust's values or decide how far schools share an identity."),
            // Alignment to operating model
            rule(
                    "OPM-401",
                    "central-direction-without-capacity",
                    WARNING,
                    ALIGNMENT_TO_OPERATING_MODEL,
                    List.of(),
                    cite(BUILDING_TRUSTS, "central direction needs a central person or team to define the way"),
                    "Central direction needs someone at the centre to define and support the common way; the operating"
                            + " model names no one to do it.",
                    "Add central expertise, a hub or improvement roles, or change the approach to collaborative."),
            rule(
                    "OPM-402",
                    "convergence-without-forum",
                    WARNING,
                    ALIGNMENT_TO_OPERATING_MODEL,
                    List.of(),
                    cite(BUILDING_TRUSTS, "convergence is collaboration the centre facilitates"),
                    "Collaborative convergence needs places where schools work together; the operating model has no"
                            + " hubs, clusters, network or groups.",
                    "Set up hubs, clusters or a network in which schools can converge."),
            rule(
                    "OPM-403",
                    "network-cannot-direct",
                    WARNING,
                    ALIGNMENT_TO_OPERATING_MODEL,
                    List.of(),
                    cite(BUILDING_TRUSTS, "operating models must fit strategic intent"),
                    "A self-improving network spreads practice between peers; it has no centre to direct a single way"
                            + " of working.",
                    "Add central capacity, or move the areas concerned to a collaborative approach."),
            rule(
                    "OPM-404",
                    "consultants-only",
                    WARNING,
                    ALIGNMENT_TO_OPERATING_MODEL,
                    List.of(),
                    cite(BUILDING_TRUSTS, "consultants cover the time it takes to build a cluster"),
                    "Consultants are a bridge while the trust builds lasting capacity; relying on them alone leaves no"
                            + " improvement capacity of the trust's own.",
                    "Plan the hub, cluster or central expertise the consultants are bridging towards."),
            rule(
                    "OPM-405",
                    "school-outside-groups",
                    WARNING,
                    ALIGNMENT_TO_OPERATING_MODEL,
                    List.of(),
                    "consistency of the operating model",
                    "The trust organises schools into groups, but this school sits in none and so misses the"
                            + " collaboration and support the groups provide.",
                    "Assign the school to a hub or cluster."),
            rule(
                    "OPM-406",
                    "empty-group",
                    INFO,
                    ALIGNMENT_TO_OPERATING_MODEL,
                    List.of(),
                    "consistency of the operating model",
                    "A group with no schools is either planned for growth or left over from an earlier structure.",
                    "Remove the group, or note which schools will join it."),
            rule(
                    "OPM-407",
                    "leaders-without-deliverers",
                    INFO,
                    ALIGNMENT_TO_OPERATING_MODEL,
                    List.of(),
                    cite(
                            CEO_ROLE,
                            "leading improvement is not the same as delivering it; a chief executive needs capacity"
                                    + " for both"),
                    "Leading improvement and delivering it are different jobs; the trust has leaders but no delivery"
                            + " capacity: no improvement-delivery role, hub, clusters, consultants or central"
                            + " expertise.",
                    "Name who delivers improvement: delivery roles, hubs, clusters, consultants or central expertise."),
            forecastRule(
                    "OPM-408",
                    "group-too-large",
                    INFO,
                    ALIGNMENT_TO_OPERATING_MODEL,
                    List.of(Threshold.GROUP_SIZE),
                    "project default: groups small enough to meet often; Building Trusts: cluster-based models make"
                            + " collaboration more regular and local, without naming a size",
                    "A hub or cluster works while its schools are few enough to meet often. The research names"
                            + " clusters as a way to keep collaboration local but gives no size, so the limit is this"
                            + " project's default for the trust to adjust; schools joining a group on the growth plan"
                            + " are counted from their date.",
                    "Consider splitting the group, or planning a new one before the schools join."),
            // Growth and break points
            rule(
                    "BRK-501",
                    "oversight-at-scale",
                    WARNING,
                    GROWTH,
                    List.of(Threshold.OVERSIGHT_SCHOOLS, Threshold.OVERSIGHT_PUPILS),
                    cite(
                                    BUILDING_TRUSTS,
                                    "as schools and pupils grow in number, trusts tighten monitoring and bring"
                                            + " education leads into the executive")
                            + "; the figures of 10 schools and 7,500 pupils come from " + WHITE_PAPER
                            + ", which expects trusts to reach that size; they are not a finding of Building Trusts",
                    "Past some size a chief executive can no longer keep oversight through direct contact; the"
                            + " research found that trusts then tighten monitoring and add education leads to the"
                            + " executive. The research names no size: the thresholds here are the 2022 white paper's"
                            + " expectation of trust size.",
                    "Appoint or plan an improvement leader in the central team before this size is reached."),
            rule(
                    "BRK-509",
                    "improvement-leadership-gap",
                    WARNING,
                    GROWTH,
                    List.of(Threshold.CEO_DELIVERY_SCHOOLS, Threshold.OVERSIGHT_SCHOOLS, Threshold.OVERSIGHT_PUPILS),
                    cite(
                                    CEO_ROLE,
                                    "once the chief executive steps back from delivering improvement,"
                                            + " improvement-leadership capacity in the senior team is crucial")
                            + "; "
                            + cite(BUILDING_TRUSTS, "growing trusts bring education leads into the executive"),
                    "A chief executive who no longer delivers improvement in person still needs someone to lead it:"
                            + " the article calls improvement-leadership capacity in the senior team crucial, and the"
                            + " research found growing trusts add education leads to the executive. The trust is past"
                            + " the two or three schools at which the article expects chief executives to enable"
                            + " rather than deliver, yet no central role leads improvement. A chief executive whose"
                            + " role is not recorded is read as not delivering, since BRK-505 then says nothing."
                            + " BRK-501 takes over at the oversight thresholds.",
                    "Name who leads school improvement across the trust: a central role with focus"
                            + " improvement-leadership, part time if need be."),
            rule(
                    "BRK-502",
                    "board-represents-every-school",
                    WARNING,
                    GROWTH,
                    List.of(Threshold.BOARD_REPRESENTATION_SCHOOLS),
                    cite(BUILDING_TRUSTS, "a board seat for every school becomes impractical at scale"),
                    "A board with a seat for every local governing body grows with each school and pulls trustees"
                            + " towards their own school rather than the whole trust.",
                    "Plan a board chosen for skills, with local voices heard through other routes."),
            rule(
                    "BRK-503",
                    "board-skills-gap",
                    WARNING,
                    GROWTH,
                    List.of(),
                    cite(BUILDING_TRUSTS, "even small trusts must widen their boards' expertise"),
                    "Once a trust holds more than one school, its board answers for more than any single head did and"
                            + " needs the professional skills to match.",
                    "Recruit or train trustees for the missing expertise."),
            rule(
                    "BRK-504",
                    "cohesion-by-gathering-only",
                    WARNING,
                    GROWTH,
                    List.of(Threshold.COMMUNICATIONS_SCHOOLS),
                    cite(BUILDING_TRUSTS, "too many staff to meet as one group"),
                    "Bringing every member of staff together stops working as the trust grows; cohesion then needs"
                            + " other regular channels.",
                    "Add channels such as briefings, group networks or a newsletter."),
            rule(
                    "BRK-505",
                    "ceo-delivers-improvement",
                    WARNING,
                    GROWTH,
                    List.of(Threshold.CEO_DELIVERY_SCHOOLS),
                    cite(CEO_ROLE, "beyond two or three schools, enabling chief executives succeed"),
                    "A chief executive who delivers improvement in schools runs out of time as the trust grows, and"
                            + " the rest of the role suffers.",
                    "Move the chief executive to enabling improvement and build leaders who deliver it."),
            rule(
                    "BRK-506",
                    "new-school-policy-missing",
                    WARNING,
                    GROWTH,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "once alignment is reached, by collaborative convergence or central definition, the trust"
                                    + " has to decide what happens when a new school joins"),
                    "Once schools share a common way, whether they converged on it together or the centre defined it,"
                            + " a school that joins later had no part in it; the research says the trust then has to"
                            + " decide what happens. Where schools converged, the newcomer also missed the debate that"
                            + " made the agreement.",
                    "Set a new-school policy: induct, reopen, keep-own or impose."),
            rule(
                    "BRK-507",
                    "high-performer-joining-aligned-trust",
                    WARNING,
                    GROWTH,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "the choice on joining becomes particularly hard when the new school is high-performing"),
                    "A high-performing school has least reason to give up its own ways to fit a common model; the"
                            + " research found this the hardest case of a school joining. It is reported ahead, at the"
                            + " date the school joins.",
                    "Agree with the school before it joins how it will align, or what autonomy it may earn."),
            rule(
                    "BRK-508",
                    "keep-own-in-aligned-trust",
                    WARNING,
                    GROWTH,
                    List.of(),
                    "coherence of strategy and new-school policy",
                    "Letting joining schools keep their own approach undoes a strategy of alignment school by school.",
                    "Choose induct or reopen, or reconsider the strategy."),
            rule(
                    "BRK-511",
                    "regions-without-local-collaboration",
                    WARNING,
                    GROWTH,
                    List.of(Threshold.CLUSTER_REGIONS),
                    cite(BUILDING_TRUSTS, "distance raises the cost of collaboration; clusters keep it local"),
                    "Bringing leaders together across regions costs time and money; trusts that spread out usually"
                            + " collaborate in local clusters or hubs.",
                    "Plan clusters or hubs so that schools can collaborate near home."),
            rule(
                    "BRK-512",
                    "central-services-single-site",
                    INFO,
                    GROWTH,
                    List.of(Threshold.REGIONAL_SERVICES_REGIONS),
                    cite(BUILDING_TRUSTS, "some trusts regionalise central operations as they spread"),
                    "Central services run from one site may struggle to serve schools spread across several regions.",
                    "Consider whether central services should be regionalised."),
            rule(
                    "BRK-513",
                    "common-curriculum-across-regions",
                    INFO,
                    GROWTH,
                    List.of(),
                    cite(BUILDING_TRUSTS, "local context against one curriculum"),
                    "Some trusts think a curriculum must reflect its locality; others keep one curriculum and must"
                            + " then build it together across distance.",
                    "Decide how the common curriculum allows for local context and how it is built across regions."),
            rule(
                    "BRK-514",
                    "isolated-school",
                    INFO,
                    GROWTH,
                    List.of(),
                    cite(BUILDING_TRUSTS, "consultants now, a cluster later"),
                    "A school far from the rest of the trust has no neighbours to collaborate with; trusts often"
                            + " support it with consultants while a cluster grows around it.",
                    "Plan the support for this school and whether a cluster will grow around it."),
            rule(
                    "BRK-515",
                    "new-phase-joining",
                    WARNING,
                    GROWTH,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "break points come not only from scale but also from the type of school in the trust"),
                    "The research names the type of school among the sources of break points, without saying which"
                            + " changes matter most. A first school of a new phase (a first secondary, special or"
                            + " post-16 school, say) may need a curriculum, expertise and groups the trust has not"
                            + " built; the board can plan for that before the school joins. Two schools of the same"
                            + " new phase joining on one date are both reported.",
                    "Before the school joins, decide how the common approach, the improvement expertise and the groups"
                            + " will serve a school of this phase."),
            rule(
                    "BRK-521",
                    "glass-ceiling",
                    WARNING,
                    GROWTH,
                    List.of(),
                    cite(BUILDING_TRUSTS, "high performers want to innovate beyond an aligned model"),
                    "In an aligned trust, a high-performing school may want to go further than the common model"
                            + " allows; with no earned autonomy it has nowhere to go.",
                    "Consider earned autonomy with clear criteria."),
            rule(
                    "BRK-522",
                    "glass-floor",
                    ERROR,
                    GROWTH,
                    List.of(),
                    cite(BUILDING_TRUSTS, "underperformance needs a directive route"),
                    "In a trust that leaves schools autonomous, a school causing concern needs the trust to step in;"
                            + " the scheme of delegation does not allow it.",
                    "Give the trust the power to direct intervention in the scheme of delegation."),
            rule(
                    "BRK-523",
                    "earned-autonomy-without-criteria",
                    WARNING,
                    GROWTH,
                    List.of(),
                    cite(BUILDING_TRUSTS, "earned autonomy"),
                    "Autonomy that is earned needs a stated bar; without one it looks like favour.",
                    "Write the criteria a school must meet to earn autonomy."),
            rule(
                    "BRK-524",
                    "own-approach-unearned",
                    WARNING,
                    GROWTH,
                    List.of(),
                    cite(BUILDING_TRUSTS, "earned autonomy"),
                    "In an aligned trust, only schools that have earned it should keep their own approach; this one"
                            + " has not.",
                    "Plan the school's move to the common approach, or record how it earned the exception."),
            rule(
                    "BRK-525",
                    "concern-without-capacity",
                    WARNING,
                    GROWTH,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "underperformance can still call for targeted improvement resources as extra capacity"),
                    "A school causing concern needs extra, targeted improvement capacity; the trust has no delivery"
                            + " capacity: no improvement-delivery role, hub, clusters, consultants or central"
                            + " expertise.",
                    "Name the delivery role, hub, cluster, central expertise or consultants who will support the"
                            + " school."),
            rule(
                    "BRK-526",
                    "rating-without-basis",
                    INFO,
                    GROWTH,
                    List.of(),
                    cite(
                            BUILDING_TRUSTS,
                            "performance was judged from results in the performance tables, Ofsted and the schools'"
                                    + " financial balance; the glass ceiling and the glass floor turn on how a school"
                                    + " performs"),
                    "Several checks (glass ceiling, glass floor, a high performer joining, support for a school"
                            + " causing concern) rest on the trust's own rating of a school. The research judged"
                            + " performance from published results, inspection and financial balance; a rating of high"
                            + " or concern with nothing recorded behind it cannot be tested by the board.",
                    "Record what the rating rests on: ofsted, outcomes, finances or review."),
            rule(
                    "BRK-531",
                    "policy-change-unassessed",
                    WARNING,
                    GROWTH,
                    List.of(Threshold.POLICY_HORIZON_MONTHS),
                    cite(BUILDING_TRUSTS, "break points can also come from a change in the policy context")
                            + "; the research names it without detail, so the trust records the changes it expects",
                    "Break points do not come from growth alone: the research names the policy context as one source,"
                            + " without detail. A change in national policy that takes effect soon and that nobody"
                            + " owns, or nobody has assessed, may force a change of approach the board has not"
                            + " prepared for. Each change is reported now when it is already in effect at the board"
                            + " meeting, else ahead at the date it takes effect.",
                    "Name an owner for the change and record the date its effect on the trust was assessed."),
            // Intelligence and accountability
            rule(
                    "INT-601",
                    "narrow-intelligence",
                    WARNING,
                    INTELLIGENCE,
                    List.of(Threshold.INTELLIGENCE_SOURCES),
                    cite(CEO_ROLE, "triangulate intelligence rather than relying on improvement leads"),
                    "A picture built from results and inspections alone, or from few sources, cannot show trends early"
                            + " or check what improvement leads report.",
                    "Add people sources (surveys, attendance, turnover, exit interviews) and independent reviews."),
            rule(
                    "INT-602",
                    "data-not-standardised",
                    WARNING,
                    INTELLIGENCE,
                    List.of(),
                    cite(CEO_ROLE, "standardised data lets schools be compared"),
                    "Unless schools define their data the same way, the board cannot compare or benchmark them.",
                    "Agree common data definitions across schools."),
            rule(
                    "INT-603",
                    "delegation-overlap",
                    WARNING,
                    INTELLIGENCE,
                    List.of(),
                    cite(CEO_ROLE, "overlap between improvement leads and local boards breeds conflict"),
                    "When improvement leads and local governing bodies own the same decisions, each blurs the other's"
                            + " accountability and challenge turns into conflict.",
                    "Revise the scheme of delegation so each decision has one owner."),
            rule(
                    "INT-604",
                    "delegation-stale",
                    WARNING,
                    INTELLIGENCE,
                    List.of(Threshold.DELEGATION_REVIEW_MONTHS, Threshold.DELEGATION_GROWTH_SCHOOLS),
                    cite(BUILDING_TRUSTS, "governance is never fixed: it has to evolve as the trust grows"),
                    "Governance that is not revisited drifts away from the trust it governs; the research says it must"
                            + " change as the trust grows. The scheme of delegation is due for review after a year, or"
                            + " sooner once several schools have joined since the last review (both figures are"
                            + " project defaults).",
                    "Review the scheme of delegation and record the date."),
            rule(
                    "INT-605",
                    "no-board-review",
                    WARNING,
                    INTELLIGENCE,
                    List.of(),
                    cite(CEO_ROLE, "the board holds the improvement model to account"),
                    "The board answers for the improvement model; without a regular review it cannot test whether the"
                            + " model delivers the vision.",
                    "Put a review of the improvement model on the board's calendar."),
            rule(
                    "INT-606",
                    "low-development-investment",
                    INFO,
                    INTELLIGENCE,
                    List.of(Threshold.RESEARCH_PERCENT),
                    cite(
                            CEO_ROLE,
                            "quotes the Global Innovation 1000, a study of companies, whose top organisations invest"
                                    + " upwards of 5% of revenue in research and development; a corporate figure, not"
                                    + " a norm for trusts"),
                    "The article's author expects trusts that invest in developing their improvement work on evidence,"
                            + " staff training included, to respond faster to change than those that do not. The 5% is"
                            + " a corporate benchmark the article quotes, so it is a prompt for the board, not a"
                            + " standard trusts are held to.",
                    "Record the share of revenue spent on research, development and training, and review it."),
            rule(
                    "INT-607",
                    "outcome-without-intelligence",
                    INFO,
                    INTELLIGENCE,
                    List.of(),
                    cite(
                            CEO_ROLE,
                            "the intelligence an improvement model generates should reflect the organisation's"
                                    + " improvement priorities"),
                    "An outcome the vision commits to needs intelligence that can show whether it is moving; the"
                            + " article expects a trust's intelligence to reflect its improvement priorities. The"
                            + " matching sources are this project's reading: wellbeing needs a pupil survey or"
                            + " attendance, staff a staff survey, turnover or exit interviews, inclusion attendance or"
                            + " outcomes, academic outcomes or inspection, financial finance. Community and"
                            + " operational outcomes are not checked, as no source in the list measures them.",
                    "Add an intelligence source that measures the outcome, or say how the trust will know it is"
                            + " moving."));

    /**
     * Not a coherence rule but a check on the board's own records: an acknowledgement that matches no finding. Kept
     * out of {@link #rules()} so that trusts cannot disable or acknowledge it.
     */
    private static final RuleInfo STALE_ACKNOWLEDGEMENT = new RuleInfo(
            "ACK-901",
            "stale-acknowledgement",
            INFO,
            INTELLIGENCE,
            List.of(),
            "board records",
            "An acknowledgement that matches nothing may hide a typing mistake, or outlive the problem it accepted.",
            "Remove the acknowledgement, or correct its rule and subject.");

    /** Text that matreport init wrote and nobody replaced; checked whatever the settings say. */
    private static final RuleInfo STARTER_TEXT = new RuleInfo(
            "TXT-901",
            "starter-text",
            ERROR,
            VISION,
            List.of(),
            "matreport init",
            "A pack whose sentences are the starter's placeholders tells the board nothing about the trust.",
            "Write the trust's own words in place of the starter's, then run the check again.");

    private static final Map<String, RuleInfo> BY_ID = index();

    private RuleCatalogue() {}

    public static List<RuleInfo> rules() {
        return RULES;
    }

    public static Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The rule under which unmatched acknowledgements are reported. */
    public static RuleInfo staleAcknowledgement() {
        return STALE_ACKNOWLEDGEMENT;
    }

    /** The check that no starter placeholder is left, which runs whatever the settings say. */
    public static RuleInfo starterText() {
        return STARTER_TEXT;
    }

    private static RuleInfo rule(
            String id,
            String name,
            Severity severity,
            Link link,
            List<Threshold> thresholds,
            String source,
            String rationale,
            String action) {
        return new RuleInfo(id, name, severity, link, thresholds, source, rationale, action);
    }

    /** A rule outside the growth link that is still forecast at every growth date, like a break point. */
    private static RuleInfo forecastRule(
            String id,
            String name,
            Severity severity,
            Link link,
            List<Threshold> thresholds,
            String source,
            String rationale,
            String action) {
        return new RuleInfo(id, name, severity, link, thresholds, source, rationale, action, true);
    }

    private static Map<String, RuleInfo> index() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        RULES.forEach(r -> byId.put(r.id(), r));
        return byId;
    }
}
