package org.matreport.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.matreport.rules.Finding;

/**
 * What makes a finding the same finding from one run to the next, for forges that track findings across commits:
 * its rule, its subject and its file. Never its date, its line or its wording, which move when the trust edits a
 * growth date or a sentence. A rule with no subject fires once, so its YAML path stands in for the subject.
 */
final class FindingIdentity {

    private FindingIdentity() {}

    /** A SHA-256 digest in hex of the finding's identity, with its file as the forge reads it. */
    static String of(Finding finding, String path) {
        String subject = finding.subject() != null ? finding.subject() : finding.path();
        String key = finding.ruleId() + "\n" + subject + "\n" + path;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** The file of a location as a forge reads it: relative to the repository root, with '/'. */
    static String path(String folderFromRoot, String file) {
        return folderFromRoot.isEmpty() ? file : folderFromRoot + "/" + file;
    }
}
