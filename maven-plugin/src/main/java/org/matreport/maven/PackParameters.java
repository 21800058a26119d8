package org.matreport.maven;

import java.io.File;
import org.matreport.engine.PackRequest;
import org.matreport.engine.SourceDate;
import org.matreport.rules.FailOn;
import org.matreport.support.Format;
import org.matreport.support.InvalidRequestException;

/**
 * The pack settings that generate and report share, as the engine's request. A value record rather than the Mojo
 * itself, so the goals stay thin and the request is built the same way for both.
 */
record PackParameters(
        File trustDirectory,
        File outputDirectory,
        String formats,
        File templatesDirectory,
        Long sourceDateEpoch,
        String failOn,
        boolean force,
        String since) {

    PackRequest toRequest() throws InvalidRequestException {
        try {
            return new PackRequest(
                            trustDirectory.toPath(),
                            outputDirectory.toPath(),
                            Format.parseList(formats),
                            templatesDirectory == null ? null : templatesDirectory.toPath(),
                            sourceDateEpoch != null ? SourceDate.check(sourceDateEpoch) : SourceDate.fromEnvironment(),
                            null,
                            failOn(failOn),
                            force)
                    .withSince(since);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    static FailOn failOn(String level) throws InvalidRequestException {
        try {
            return FailOn.parse(level);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("failOn: " + e.getMessage());
        }
    }
}
