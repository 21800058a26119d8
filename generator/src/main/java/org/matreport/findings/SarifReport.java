package org.matreport.findings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matreport.catalogue.RuleInfo;
import org.matreport.load.Location;
import org.matreport.model.Severity;
import org.matreport.rules.AcknowledgementStatus;
import org.matreport.rules.CheckResult;
import org.matreport.rules.Finding;
import org.matreport.rules.Place;
import org.matreport.rules.Rulebook;
import org.matreport.support.Version;

/**
 * Findings as SARIF 2.1.0, so that code hosts can show them against the trust's YAML in a pull request. File paths
 * are written relative to the repository root: the caller says where the trust folder sits in the repository.
 * Acknowledged findings carry an accepted external suppression rather than being left out.
 */
public final class SarifReport {

    public static final String VERSION = "2.1.0";
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final String folderFromRoot;

    /**
     * @param folderFromRoot the trust folder relative to the repository root, such as {@code trust}; empty when the
     *     trust files sit at the root
     */
    public SarifReport(String folderFromRoot) {
        this.folderFromRoot = normalisedFolder(folderFromRoot);
    }

    /** The trust folder as a path prefix forges accept: '/' separators, no leading "./", no trailing '/'. */
    static String normalisedFolder(String folderFromRoot) {
        String folder = folderFromRoot == null ? "" : folderFromRoot.replace('\\', '/');
        while (folder.startsWith("./")) {
            folder = folder.substring(2);
        }
        while (folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return folder.equals(".") ? "" : folder;
    }

    public String write(CheckResult result) {
        try {
            return JsonReport.MAPPER.writeValueAsString(toJson(result)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toJson(CheckResult result) {
        List<RuleInfo> rules = new ArrayList<>(Rulebook.catalogue());
        rules.add(Rulebook.staleAcknowledgement());
        rules.add(Rulebook.starterText());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            index.put(rules.get(i).id(), i);
        }

        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", VERSION);
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "matreport");
        driver.put("version", Version.current());
        driver.put("informationUri", Version.projectUrl());
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(r -> ruleNodes.add(rule(r)));
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            results.add(result(f, index.get(f.ruleId())));
        }
        return root;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static ObjectNode rule(RuleInfo r) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("id", r.id());
        node.put("name", r.name());
        node.putObject("shortDescription").put("text", r.name().replace('-', ' '));
        node.putObject("fullDescription").put("text", r.rationale());
        node.putObject("help").put("text", r.action() + " Source: " + r.source() + ".");
        node.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode properties = node.putObject("properties");
        properties.put("link", r.link().code());
        properties.put("source", r.source());
        return node;
    }

    private ObjectNode result(Finding f, int ruleIndex) {
        ObjectNode node = JsonReport.MAPPER.createObjectNode();
        node.put("ruleId", f.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", f.message() + (f.when().isNow() ? "" : " (" + f.when() + ")"));
        // GitHub shows only the first location; the others are related places a reader may want to open.
        node.putArray("locations").add(location(f.places().get(0)));
        if (f.places().size() > 1) {
            ArrayNode related = node.putArray("relatedLocations");
            for (int i = 1; i < f.places().size(); i++) {
                ObjectNode place = location(f.places().get(i));
                place.put("id", i);
                place.putObject("message").put("text", f.places().get(i).path());
                related.add(place);
            }
        }
        node.putObject("partialFingerprints").put("matreportFinding/v2", FindingIdentity.of(f, path(f.location())));
        if (f.status() == AcknowledgementStatus.ACKNOWLEDGED) {
            ObjectNode suppression = node.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put(
                    "justification",
                    f.acknowledgement().reason() + " (" + f.acknowledgement().owner() + ", until "
                            + f.acknowledgement().until() + ")");
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("link", f.link().code());
        properties.put("when", f.when().isNow() ? "now" : f.when().date().toString());
        properties.put("acknowledgement", f.status().label());
        properties.put("path", f.path());
        return node;
    }

    private ObjectNode location(Place place) {
        ObjectNode location = JsonReport.MAPPER.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(place.location()));
        if (place.location().line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", place.location().line());
            region.put("startColumn", Math.max(1, place.location().column()));
        }
        return location;
    }

    private String path(Location location) {
        return FindingIdentity.path(folderFromRoot, location.file());
    }

    /** A relative URI reference: spaces and letters outside ASCII (Welsh, Urdu) are percent-encoded. */
    private String uri(Location location) {
        String path = path(location);
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write " + path + " as a URI", e);
        }
    }
}
