package org.matreport.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.matreport.rules.FailOn;
import org.matreport.support.Format;

/**
 * What to render: the trust folder, where to write, which formats, an optional folder of templates that replace
 * built-in ones by name, and the instant (seconds since 1970) stamped into the PDF, or {@code null} to derive it.
 * {@code since} is the git revision of the last pack, whose changes get a section of their own, or {@code null}.
 * {@code failOn} is the least severity of finding that stops the pack being written ({@code NONE}: never), and
 * {@code force} renders the pack even when nothing it is made from has changed since the last run.
 */
public record PackRequest(
        Path trustFolder,
        Path outputFolder,
        Set<Format> formats,
        Path templatesFolder,
        Long sourceDateEpoch,
        String since,
        FailOn failOn,
        boolean force) {

    public PackRequest {
        formats = Set.copyOf(formats);
        since = since == null || since.isBlank() ? null : since.strip();
        Objects.requireNonNull(failOn, "failOn");
    }

    /** A request without a changes section, that never fails on findings and renders only when something changed. */
    public PackRequest(
            Path trustFolder, Path outputFolder, Set<Format> formats, Path templatesFolder, Long sourceDateEpoch) {
        this(trustFolder, outputFolder, formats, templatesFolder, sourceDateEpoch, null, FailOn.NONE, false);
    }

    /** The same request with a "Changes since the last pack" section against the git revision {@code ref}. */
    public PackRequest withSince(String ref) {
        return new PackRequest(
                trustFolder, outputFolder, formats, templatesFolder, sourceDateEpoch, ref, failOn, force);
    }

    public PackRequest failingOn(FailOn level) {
        return new PackRequest(
                trustFolder, outputFolder, formats, templatesFolder, sourceDateEpoch, since, level, force);
    }

    public PackRequest forced(boolean render) {
        return new PackRequest(
                trustFolder, outputFolder, formats, templatesFolder, sourceDateEpoch, since, failOn, render);
    }
}
