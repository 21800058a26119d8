package org.matreport.cli;

/** The forms a command can print a report in: plain text for people, JSON for tools, Markdown for a pull request. */
enum TextFormat {
    TEXT,
    JSON,
    MD;

    static final class Converter extends ChoiceConverter<TextFormat> {
        Converter() {
            super(TextFormat.class, "format");
        }
    }
}
