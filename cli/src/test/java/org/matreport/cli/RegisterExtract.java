package org.matreport.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small extract of the national register written by the test itself, with the register's real column headers (a
 * share of them, in the register's order) and hundreds of rows of schools in other trusts around the ones that matter.
 */
final class RegisterExtract {

    static final List<String> ESTABLISHMENT_HEADER = List.of(
            "URN",
            "LA (code)",
            "LA (name)",
            "EstablishmentNumber",
            "EstablishmentName",
            "TypeOfEstablishment (code)",
            "TypeOfEstablishment (name)",
            "EstablishmentTypeGroup (code)",
            "EstablishmentTypeGroup (name)",
            "EstablishmentStatus (code)",
            "EstablishmentStatus (name)",
            "OpenDate",
            "CloseDate",
            "PhaseOfEducation (code)",
            "PhaseOfEducation (name)",
            "StatutoryLowAge",
            "StatutoryHighAge",
            "SchoolCapacity",
            "NumberOfPupils",
            "TrustSchoolFlag (name)",
            "Trusts (code)",
            "Trusts (name)",
            "Street",
            "Town",
            "Postcode",
            "GOR (code)",
            "GOR (name)");

    static final List<String> LINKS_HEADER = List.of(
            "URN",
            "Group UID",
            "Group ID",
            "Group Name",
            "Companies House Number",
            "Group Type (code)",
            "Group Type",
            "Closed Date",
            "Group Status (code)",
            "Group Status",
            "Joined date",
            "EstablishmentName",
            "TypeOfEstablishment (name)",
            "PhaseOfEducation (name)",
            "LA (code)",
            "LA (name)");

    private final List<Map<String, String>> establishments = new ArrayList<>();
    private final List<Map<String, String>> links = new ArrayList<>();

    /** Three hundred schools of other trusts, some closed, to find the trust's own among. */
    static RegisterExtract withOtherTrusts() {
        RegisterExtract extract = new RegisterExtract();
        for (int i = 0; i < 300; i++) {
            int urn = 130000 + i;
            String trust = "Other Learning Trust " + (i % 30);
            extract.school(
                    urn,
                    "Other School " + i,
                    i % 3 == 0 ? "Secondary" : "Primary",
                    "Academy converter",
                    i % 17 == 0 ? "Closed" : "Open",
                    "London",
                    "Camden",
                    Integer.toString(200 + i),
                    Integer.toString(4000 + i % 30),
                    trust,
                    "01-09-2015");
            extract.link(urn, Integer.toString(4000 + i % 30), trust, "Multi-academy trust", "01-09-2015");
        }
        return extract;
    }

    RegisterExtract school(
            int urn,
            String name,
            String phase,
            String type,
            String status,
            String region,
            String localAuthority,
            String pupils,
            String trustCode,
            String trustName,
            String openDate) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("URN", Integer.toString(urn));
        row.put("LA (name)", localAuthority);
        row.put("LA (code)", "889");
        row.put("EstablishmentNumber", Integer.toString(2000 + urn % 1000));
        row.put("EstablishmentName", name);
        row.put("TypeOfEstablishment (name)", type);
        row.put("EstablishmentTypeGroup (name)", "Academies");
        row.put("EstablishmentStatus (name)", status);
        row.put("OpenDate", openDate);
        row.put("PhaseOfEducation (name)", phase);
        row.put("NumberOfPupils", pupils);
        row.put("TrustSchoolFlag (name)", "Supported by a multi-academy trust");
        row.put("Trusts (code)", trustCode);
        row.put("Trusts (name)", trustName);
        // Addresses hold commas and line breaks inside quotes, as the register's do.
        row.put("Street", "1 Mill Lane, Upper Town\nBack Entrance");
        row.put("Town", "Townley");
        row.put("GOR (name)", region);
        establishments.add(row);
        return this;
    }

    RegisterExtract link(int urn, String groupUid, String groupName, String groupType, String joined) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("URN", Integer.toString(urn));
        row.put("Group UID", groupUid);
        row.put("Group ID", "TR0" + groupUid);
        row.put("Group Name", groupName);
        row.put("Group Type", groupType);
        row.put("Group Status", "Open");
        row.put("Joined date", joined);
        links.add(row);
        return this;
    }

    void writeEstablishments(Path file, Charset charset) throws IOException {
        write(file, charset, ESTABLISHMENT_HEADER, establishments);
    }

    void writeLinks(Path file, Charset charset) throws IOException {
        write(file, charset, LINKS_HEADER, links);
    }

    private static void write(Path file, Charset charset, List<String> header, List<Map<String, String>> rows)
            throws IOException {
        StringBuilder csv = new StringBuilder(line(header));
        for (Map<String, String> row : rows) {
            csv.append(line(header.stream().map(c -> row.getOrDefault(c, "")).toList()));
        }
        Files.write(file, csv.toString().getBytes(charset));
    }

    /** Quoted the way the register quotes: every field, quotes inside doubled, lines ended CRLF. */
    private static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            quoted.add('"' + field.replace("\"", "\"\"") + '"');
        }
        return String.join(",", quoted) + "\r\n";
    }
}
