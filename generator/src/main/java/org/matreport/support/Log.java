package org.matreport.support;

/**
 * Where the engine reports progress. The Maven plugin adapts Maven's log to it and the command line the terminal, so
 * the engine itself knows neither.
 */
public interface Log {

    void info(String message);

    void warn(String message);

    static Log silent() {
        return new Log() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}
        };
    }
}
