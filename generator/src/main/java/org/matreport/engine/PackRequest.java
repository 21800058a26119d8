package org.matreport.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import org.matreport.rules.FailOn;

/**
 * What to render: the trust folder, where to write, which formats, an optional folder of templates that replace
 * built-in ones by name, and the instant (seconds since 1970) stamped into the PDF, or {@code null} to derive it.
 * {@code failOn} is the least severity of finding that stops the pack being written ({@code NONE}: never), and
 * {@code force} renders the pack even when nothing it is made from has changed since the last run.
 */
public record PackRequest(
        Path trustFolder,
        Path outputFolder,
        Set<Format> formats,
        Path templatesFolder,
        Long sourceDateEpoch,
        FailOn failOn,
        boolean force) {

    public PackRequest {
        formats = Set.copyOf(formats);
        Objects.requireNonNull(failOn, "failOn");
    }

    /** A request that never fails on findings and renders only when something changed. */
    public PackRequest(
            Path trustFolder, Path outputFolder, Set<Format> formats, Path templatesFolder, Long sourceDateEpoch) {
        this(trustFolder, outputFolder, formats, templatesFolder, sourceDateEpoch, FailOn.NONE, false);
    }

    public PackRequest failingOn(FailOn level) {
        return new PackRequest(trustFolder, outputFolder, formats, templatesFolder, sourceDateEpoch, level, force);
    }

    public PackRequest forced(boolean render) {
        return new PackRequest(trustFolder, outputFolder, formats, templatesFolder, sourceDateEpoch, failOn, render);
    }
}
