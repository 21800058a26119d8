package org.matreport.load;

import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.matreport.model.Doc;
import org.matreport.model.Pattern;
import org.matreport.model.Range;
import org.matreport.model.Required;

/** One field of a model record as the YAML sees it: its key, its kind, and the annotations that constrain it. */
public record FieldShape(String key, RecordComponent component, ValueKind kind) {

    public boolean required() {
        return component.isAnnotationPresent(Required.class);
    }

    public Optional<Pattern> pattern() {
        return Optional.ofNullable(component.getAnnotation(Pattern.class));
    }

    public Optional<Range> range() {
        return Optional.ofNullable(component.getAnnotation(Range.class));
    }

    /** The field's explanation for trust staff, or an empty string when the model gives none. */
    public String doc() {
        Doc doc = component.getAnnotation(Doc.class);
        return doc == null ? "" : doc.value();
    }
}
