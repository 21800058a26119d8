package org.matreport.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a YAML field means, in words for trust staff. Shown by editors through the generated JSON Schema. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Doc {

    /** Appended to the words of a field the pack prints as prose, so that editors say what formatting it keeps. */
    String PROSE = " May use *emphasis*, **strong** and links to https: or mailto: addresses.";

    String value();
}
