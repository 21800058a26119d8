package org.matreport.render;

import freemarker.core._CoreAPI;
import freemarker.template.Template;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stops a template that runs too long. FreeMarker can check at each loop and directive whether its thread was
 * interrupted, once a template has been given those checks; every template, the included ones too, gets them as it
 * is loaded, and a timer interrupts the rendering thread when the time is up. A loop without output
 * ({@code <#list 1.. as i></#list>}) then ends in a message rather than running for ever.
 */
final class TemplateClock {

    /** Far beyond the seconds a 2,000-school pack's templates take on a slow machine. */
    static final long SECONDS = 30;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "matreport-template-clock");
        thread.setDaemon(true);
        return thread;
    });

    private static final Map<Template, Boolean> CHECKED = Collections.synchronizedMap(new WeakHashMap<>());

    private TemplateClock() {}

    /** Gives a freshly loaded template its interruption checks, once. */
    static Template checked(Template template) {
        if (template != null && CHECKED.putIfAbsent(template, Boolean.TRUE) == null) {
            _CoreAPI.addThreadInterruptedChecks(template);
        }
        return template;
    }

    /** Interrupts the calling thread after {@code seconds} unless {@link Running#close()} comes first. */
    static Running start(long seconds) {
        Thread thread = Thread.currentThread();
        return new Running(TIMER.schedule(thread::interrupt, seconds, TimeUnit.SECONDS));
    }

    /** A render under the clock; closing it stops the clock and clears an interruption that came too late. */
    static final class Running implements AutoCloseable {
        private final ScheduledFuture<?> alarm;

        private Running(ScheduledFuture<?> alarm) {
            this.alarm = alarm;
        }

        boolean rang() {
            return alarm.isDone() && !alarm.isCancelled();
        }

        @Override
        public void close() {
            alarm.cancel(false);
            if (rang()) {
                Thread.interrupted();
            }
        }
    }
}
