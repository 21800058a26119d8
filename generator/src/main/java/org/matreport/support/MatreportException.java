package org.matreport.support;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Why a run of matreport stopped, as one type with a {@link Kind}: the command line turns the kind into an exit code
 * and the Maven plugin into a failed or broken build, each with one switch, so neither has to sort exceptions. The
 * subclasses carry what their kind needs to be reported (the problems in the files, the findings that failed).
 */
public class MatreportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the user's side: what they must change, or that the tool itself is at fault. */
    public enum Kind {
        /** The trust's files are invalid: the problems name file, line and column. */
        INVALID_TRUST,
        /** The findings reached the level the caller chose to fail at. */
        FAILING_FINDINGS,
        /** What was asked cannot be done as asked: an option, a setting, a folder, a revision. */
        INVALID_REQUEST,
        /** The pack could not be rendered: a template or a resource it names is at fault. */
        CANNOT_RENDER,
        /** A file could not be read or written: a full disk, a missing permission. */
        CANNOT_WRITE,
        /** A fault in matreport itself: nothing the user did explains it. */
        INTERNAL
    }

    private final Kind kind;

    protected MatreportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A file that could not be read or written, with the file system's own message. */
    public static MatreportException cannotWrite(IOException e) {
        return new MatreportException(Kind.CANNOT_WRITE, e.getMessage(), e);
    }

    /**
     * Whatever escaped the engine as {@code e}, as one of these: its own failures as they are, a file-system fault as
     * {@link Kind#CANNOT_WRITE}, anything else as {@link Kind#INTERNAL}.
     */
    public static MatreportException of(Exception e) {
        if (e instanceof MatreportException known) {
            return known;
        }
        if (e instanceof IOException io) {
            return cannotWrite(io);
        }
        if (e instanceof UncheckedIOException io) {
            return cannotWrite(io.getCause());
        }
        return new MatreportException(Kind.INTERNAL, String.valueOf(e), e);
    }
}
