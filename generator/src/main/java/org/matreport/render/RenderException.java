package org.matreport.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.matreport.support.MatreportException;

/**
 * The pack could not be rendered. A template fault names the template, line and column so that a trust editing its
 * own templates can go straight to the mistake; a fault in a renderer keeps its cause.
 */
public final class RenderException extends MatreportException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;

    public RenderException(String message, Throwable cause) {
        super(Kind.CANNOT_RENDER, message, cause);
        this.template = null;
        this.line = 0;
        this.column = 0;
    }

    private RenderException(String template, int line, int column, String detail, Throwable cause) {
        super(Kind.CANNOT_RENDER, template + ":" + line + ":" + column + ": " + detail, cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** A template that could not be parsed. */
    static RenderException of(ParseException e) {
        return new RenderException(
                name(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(), firstLine(e.getEditorMessage()), e);
    }

    /**
     * A template that failed while it ran, such as a missing value. An included template that cannot be parsed
     * arrives wrapped in the including template's error; the reader needs the included one, so it is unwrapped.
     */
    static RenderException of(TemplateException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return of(parse);
            }
        }
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        return new RenderException(
                name(e.getTemplateSourceName()),
                line == null ? 0 : line,
                column == null ? 0 : column,
                detail(e.getMessageWithoutStackTop()),
                e);
    }

    /** The template's name, such as {@code schools.md.ftl}, or {@code null} when the fault is not in a template. */
    public String template() {
        return template;
    }

    /** The 1-based line in the template, or 0. */
    public int line() {
        return line;
    }

    /** The 1-based column in the template, or 0. */
    public int column() {
        return column;
    }

    private static String name(String template) {
        return template == null ? "(unknown template)" : template;
    }

    /** FreeMarker's description without its tips, which follow a line of dashes. */
    private static String detail(String message) {
        if (message == null || message.isBlank()) {
            return "template error";
        }
        int tips = message.indexOf("\n----");
        return (tips < 0 ? message : message.substring(0, tips)).strip();
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "template error";
        }
        String trimmed = message.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }
}
