package org.matreport.gias;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.matreport.model.Urn;
import org.matreport.support.InvalidRequestException;

/**
 * Finds a trust's open schools in the register: by the establishment extract's {@code Trusts} columns, or, when the
 * group-links extract is given, by its multi-academy trust links (which also carry the date each school joined). The
 * trust is named by its Group UID (digits) or its name, in any case.
 */
final class TrustMembers {

    /** The trust as the register names it, and its open schools in the register's order. */
    record Found(String trustName, String groupUid, List<RegisterSchool> schools) {}

    private final String trust;
    private final SchoolMapping mapping;

    TrustMembers(String trust, SchoolMapping mapping) {
        this.trust = trust.strip();
        this.mapping = mapping;
    }

    Found find(RegisterFile establishments, RegisterFile links) throws InvalidRequestException {
        return links == null ? fromEstablishments(establishments) : fromLinks(establishments, links);
    }

    private Found fromEstablishments(RegisterFile establishments) throws InvalidRequestException {
        List<RegisterFile.Record> rows = establishments.records().stream()
                .filter(r -> matches(r.get(Register.TRUST_CODE), r.get(Register.TRUST_NAME)))
                .toList();
        String uid = single(rows, Register.TRUST_CODE, establishments);
        List<RegisterSchool> schools = new ArrayList<>();
        String name = trust;
        for (RegisterFile.Record row : rows) {
            name = row.get(Register.TRUST_NAME);
            if (Register.open(row.get(Register.STATUS))) {
                add(schools, row, row.get(Register.OPEN_DATE), Register.OPEN_DATE);
            }
        }
        return found(name, uid, schools, establishments);
    }

    private Found fromLinks(RegisterFile establishments, RegisterFile links) throws InvalidRequestException {
        List<RegisterFile.Record> linked = links.records().stream()
                .filter(r -> r.get(Register.GROUP_TYPE).equalsIgnoreCase(Register.MULTI_ACADEMY_TRUST))
                .filter(r -> matches(r.get(Register.GROUP_UID), r.get(Register.GROUP_NAME)))
                .toList();
        String uid = single(linked, Register.GROUP_UID, links);
        Map<String, RegisterFile.Record> byUrn = new HashMap<>();
        establishments.records().forEach(r -> byUrn.putIfAbsent(r.get(Register.URN), r));
        List<RegisterSchool> schools = new ArrayList<>();
        String name = trust;
        for (RegisterFile.Record link : linked) {
            name = link.get(Register.GROUP_NAME);
            RegisterFile.Record row = byUrn.get(link.get(Register.URN));
            if (row == null) {
                mapping.note(link.where() + ": URN " + link.get(Register.URN)
                        + " is linked to the trust but not in the establishment extract; skipped (are the two"
                        + " extracts from the same day?)");
            } else if (Register.open(row.get(Register.STATUS))) {
                add(schools, row, link.get(Register.JOINED), Register.JOINED);
            }
        }
        return found(name, uid, schools, links);
    }

    private void add(List<RegisterSchool> schools, RegisterFile.Record row, String joined, String joinedFrom) {
        Urn urn = mapping.urn(row);
        if (urn != null && schools.stream().noneMatch(s -> s.urn().equals(urn))) {
            schools.add(mapping.school(urn, row, joined, joinedFrom));
        }
    }

    private boolean matches(String uid, String name) {
        return isUid() ? uid.equals(trust) : normalised(name).equals(normalised(trust));
    }

    private boolean isUid() {
        return trust.matches("[0-9]+");
    }

    /** Two trusts of one name would mix their schools: refuse, naming their UIDs. */
    private String single(List<RegisterFile.Record> rows, String uidColumn, RegisterFile file)
            throws InvalidRequestException {
        TreeSet<String> uids = new TreeSet<>();
        rows.forEach(r -> uids.add(r.get(uidColumn)));
        if (uids.size() > 1) {
            throw new InvalidRequestException(file.file() + ": more than one trust is named '" + trust
                    + "' (Group UIDs " + String.join(", ", uids) + "); give the Group UID instead of the name");
        }
        return uids.isEmpty() ? "" : uids.first();
    }

    private Found found(String name, String uid, List<RegisterSchool> schools, RegisterFile file)
            throws InvalidRequestException {
        if (schools.isEmpty()) {
            throw new InvalidRequestException(file.file() + ": no open school belongs to a trust "
                    + (isUid() ? "with Group UID " : "named ") + "'" + trust
                    + "'; check the name or Group UID in the register. Nothing was written.");
        }
        return new Found(name, uid, List.copyOf(schools));
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
