package org.matreport.gias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matreport.model.School;
import org.matreport.model.Urn;

/**
 * Updates an existing block-style {@code schools} section line by line, so that everything the trust wrote stays as
 * written: comments, key order, the trust's own fields. Only the register's fields change value (an inline comment
 * after one is kept); schools that left are taken out; schools that joined are added at the end. A section in any
 * other shape (flow style, say) is left to {@link SchoolsYaml}, which writes it afresh.
 */
final class SchoolsEdit {

    static final List<String> REGISTER_KEYS = List.of("name", "phase", "region", "localAuthority", "pupils", "joined");

    private static final Pattern ITEM = Pattern.compile("^( *)- +(.*)$");
    private static final Pattern KEY = Pattern.compile("^( *)(- +)?([A-Za-z]+):( *)(.*)$");
    private static final Pattern URN = Pattern.compile("^urn: *([0-9]{6})\\b.*");

    /** One school's lines: the comments above it, then its own lines. */
    private record Item(List<String> above, List<String> lines, Urn urn) {}

    /** The new section, or empty when the old one is not in a shape this can edit safely. */
    Optional<String> update(String section, List<School> schools) {
        // Files saved on Windows end lines in CRLF; edit with LF and give the file back its own endings.
        boolean crlf = section.contains("\r\n");
        return edit(crlf ? section.replace("\r\n", "\n") : section, schools)
                .map(text -> crlf ? text.replace("\n", "\r\n") : text);
    }

    private Optional<String> edit(String section, List<School> schools) {
        String[] lines = section.split("\n", -1);
        String afterKey =
                lines[0].startsWith("schools:") ? lines[0].substring(8).strip() : "-";
        if (lines.length < 2 || !(afterKey.isEmpty() || afterKey.startsWith("#"))) {
            return Optional.empty();
        }
        int indent = -1;
        List<String> preamble = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        Map<Urn, Item> items = new LinkedHashMap<>();
        Item current = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            Matcher item = ITEM.matcher(line);
            if (item.matches() && (indent < 0 || item.group(1).length() == indent)) {
                indent = item.group(1).length();
                Matcher urn = URN.matcher(item.group(2).strip());
                if (!urn.matches()) {
                    return Optional.empty();
                }
                current = new Item(new ArrayList<>(pending), new ArrayList<>(List.of(line)), urnOf(urn.group(1)));
                if (items.put(current.urn(), current) != null) {
                    return Optional.empty();
                }
                pending.clear();
            } else if (line.isBlank() || line.strip().startsWith("#")) {
                (current == null ? preamble : pending).add(line);
            } else if (current == null || leading(line) <= indent) {
                return Optional.empty();
            } else {
                current.lines().addAll(pending);
                pending.clear();
                current.lines().add(line);
            }
        }
        if (indent < 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        preamble.forEach(l -> out.append(l).append('\n'));
        Map<Urn, School> wanted = new LinkedHashMap<>();
        schools.forEach(s -> wanted.put(s.urn(), s));
        for (Item item : items.values()) {
            School school = wanted.remove(item.urn());
            // The comments above a school that left may head the schools after it; they stay.
            item.above().forEach(l -> out.append(l).append('\n'));
            if (school != null) {
                edited(item.lines(), school, indent + 2)
                        .forEach(l -> out.append(l).append('\n'));
            }
        }
        String joiners = new SchoolsYaml().entries(List.copyOf(wanted.values()), indent);
        out.append(joiners);
        pending.forEach(l -> out.append(l).append('\n'));
        String text = out.toString();
        return Optional.of(section.endsWith("\n") ? text.replaceAll("\n+$", "\n") : text.stripTrailing());
    }

    /** The item's lines with each register field set to the register's value, in place or added after the last. */
    private static List<String> edited(List<String> lines, School school, int keyIndent) {
        List<String> out = new ArrayList<>(lines);
        Map<String, String> values = SchoolsYaml.registerValues(school);
        int insertAt = 1;
        for (String key : REGISTER_KEYS) {
            String value = values.get(key);
            int at = find(out, key, keyIndent);
            if (at >= 0) {
                removeContinuation(out, at, keyIndent);
                if (value != null) {
                    out.set(at, withValue(out.get(at), value));
                }
                insertAt = at + 1;
            } else if (value != null) {
                out.add(insertAt, " ".repeat(keyIndent) + key + ": " + value);
                insertAt++;
            }
        }
        return out;
    }

    private static int find(List<String> lines, String key, int keyIndent) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = KEY.matcher(lines.get(i));
            if (m.matches() && m.group(3).equals(key) && keyColumn(m) == keyIndent) {
                return i;
            }
        }
        return -1;
    }

    private static int keyColumn(Matcher m) {
        return m.group(1).length() + (m.group(2) == null ? 0 : m.group(2).length());
    }

    /** A value folded over several lines goes with its key. */
    private static void removeContinuation(List<String> lines, int at, int keyIndent) {
        while (at + 1 < lines.size()
                && !lines.get(at + 1).isBlank()
                && !lines.get(at + 1).strip().startsWith("#")
                && leading(lines.get(at + 1)) > keyIndent) {
            lines.remove(at + 1);
        }
    }

    /** The line with a new value, keeping the key, its spacing and any comment after the old value in its column. */
    private static String withValue(String line, String value) {
        Matcher m = KEY.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String rest = m.group(5);
        boolean quoted = rest.startsWith("\"") || rest.startsWith("'");
        int hash = rest.indexOf(" #", quoted ? Math.max(1, rest.lastIndexOf(rest.charAt(0))) : 0);
        String head = line.substring(0, m.start(5)) + value;
        if (hash < 0) {
            return head;
        }
        String comment = rest.substring(hash).stripLeading();
        int column = m.start(5) + rest.length() - comment.length();
        return head + " ".repeat(Math.max(1, column - head.length())) + comment;
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static Urn urnOf(String digits) {
        return new Urn(Integer.parseInt(digits));
    }
}
