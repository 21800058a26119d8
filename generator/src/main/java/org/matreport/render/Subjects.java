package org.matreport.render;

import java.util.HashMap;
import java.util.Map;
import org.matreport.model.Area;
import org.matreport.model.BoardSkill;
import org.matreport.model.GrowthSchool;
import org.matreport.model.School;
import org.matreport.model.Trust;
import org.matreport.text.Words;

/**
 * What a finding's subject is called in the pack: a school by its name (its URN is for machines and the appendix), an
 * area in words, anything else as the trust wrote it.
 */
final class Subjects {

    private final Map<String, String> names = new HashMap<>();
    private final java.util.Set<String> schools = new java.util.HashSet<>();

    Subjects(Trust trust) {
        for (Area area : Area.values()) {
            names.put(area.label(), Words.area(area));
        }
        for (BoardSkill skill : BoardSkill.values()) {
            names.put(skill.label(), Words.label(skill));
        }
        for (GrowthSchool g : trust.growth()) {
            String subject = g.urn() == null ? g.name() : g.urn().toString();
            names.put(subject, g.name());
            schools.add(subject);
        }
        for (School s : trust.schools()) {
            names.put(s.urn().toString(), s.name());
            schools.add(s.urn().toString());
        }
    }

    boolean isSchool(String subject) {
        return subject != null && schools.contains(subject);
    }

    /** The subject in words, or {@code null} for a finding about the trust as a whole. */
    String name(String subject) {
        if (subject == null) {
            return null;
        }
        return names.getOrDefault(subject, subject.replace('-', ' '));
    }
}
