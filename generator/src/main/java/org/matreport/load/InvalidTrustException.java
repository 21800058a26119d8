package org.matreport.load;

import java.util.List;

/** The trust folder could not be read into a model; carries every problem found, sorted by place. */
public final class InvalidTrustException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidTrustException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the trust files");
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
