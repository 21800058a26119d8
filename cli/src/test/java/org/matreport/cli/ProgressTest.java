package org.matreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.matreport.engine.Batch.Outcome;
import org.matreport.engine.PackRequest;
import org.matreport.support.Format;

/** The bar a person watching a terminal sees: redrawn in place, counting trusts and failures. */
class ProgressTest {

    @Test
    void theBarRedrawsOneLineAndCountsFailures() {
        StringWriter text = new StringWriter();
        Progress bar = new Progress.Bar(new PrintWriter(text), 4);

        bar.finished("a", outcome(null));
        bar.finished("b", outcome(new IllegalStateException("broken")));
        bar.close();

        String[] frames = text.toString().split("\r", -1);
        assertEquals("", frames[0], "every frame starts at the line's start");
        assertEquals("[" + "-".repeat(30) + "] 0/4 trusts", frames[1]);
        assertEquals("[" + "#".repeat(7) + "-".repeat(23) + "] 1/4 trusts", frames[2]);
        assertEquals(
                "[" + "#".repeat(15) + "-".repeat(15) + "] 2/4 trusts, 1 failed" + System.lineSeparator(), frames[3]);
    }

    @Test
    void plainLinesNameEachTrustAsItFinishes() {
        StringWriter text = new StringWriter();
        Progress lines = new Progress.Lines(new PrintWriter(text), 2);

        lines.finished("north", outcome(null));
        lines.finished("south", outcome(new IllegalStateException("broken")));

        List<String> printed = text.toString().lines().toList();
        assertEquals(2, printed.size(), text.toString());
        assertTrue(printed.get(0).startsWith("[1/2] written north ("), printed.get(0));
        assertTrue(printed.get(1).startsWith("[2/2] FAILED  south ("), printed.get(1));
        assertTrue(!text.toString().contains("\r"), "no carriage returns in a log");
    }

    private static Outcome outcome(Exception failure) {
        PackRequest request = new PackRequest(Path.of("t"), Path.of("o"), EnumSet.allOf(Format.class), null, 0L);
        return new Outcome(request, null, failure, List.of(), Duration.ofMillis(1200));
    }
}
