package org.matreport.load;

import java.util.List;
import org.matreport.support.MatreportException;

/** The trust folder could not be read into a model; carries every problem found, sorted by place. */
public final class InvalidTrustException extends MatreportException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidTrustException(List<Problem> problems) {
        super(
                Kind.INVALID_TRUST,
                problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the trust files",
                null);
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
