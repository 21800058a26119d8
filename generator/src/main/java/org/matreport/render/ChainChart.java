package org.matreport.render;

import java.util.List;
import java.util.stream.Collectors;
import org.matreport.text.Words;

/**
 * The coherence chain as a row of boxes: the four links from vision to operating model joined by arrows, then growth
 * and intelligence apart. Each box shows its status as a word and a shape as well as a colour.
 */
final class ChainChart {

    static final String NAME = "chain";

    private static final int WIDTH = 640;
    private static final int HEIGHT = 96;
    private static final int BOX = 92;
    private static final int GAP = 12;
    private static final int TOP = 8;
    private static final int BOX_HEIGHT = 84;
    /** The links joined by arrows: vision, and the three links from vision to the operating model. */
    private static final int JOINED = 4;
    /** The extra space that sets growth and intelligence apart from the joined links. */
    private static final int APART = 20;

    private ChainChart() {}

    static Chart draw(List<ChainLinkView> chain) {
        String title = "The coherence chain";
        String description = "A row of " + chain.size() + " boxes, one for each link of the coherence chain, the first "
                + JOINED + " joined by arrows. "
                + chain.stream().map(l -> l.name() + ": " + l.statusText()).collect(Collectors.joining(". ")) + ".";
        Svg svg = new Svg("chart-" + NAME, WIDTH, HEIGHT, title, description);
        for (int i = 0; i < chain.size(); i++) {
            ChainLinkView link = chain.get(i);
            double x = i * (BOX + GAP) + (i >= JOINED ? APART : 0);
            svg.rect(x + 1, TOP, BOX - 2, BOX_HEIGHT, "#ffffff", link.status().colour(), 3);
            List<String> lines = Svg.wrap(link.name(), 13);
            for (int j = 0; j < lines.size(); j++) {
                svg.text(x + BOX / 2.0, TOP + 17 + j * 12, lines.get(j), 10, "middle", false, Svg.INK);
            }
            svg.mark(link.status(), x + BOX / 2.0, TOP + 56, 7);
            svg.text(x + BOX / 2.0, TOP + 77, Words.capitalised(link.status().word()), 10.5, "middle", true, Svg.INK);
            if (i + 1 < Math.min(JOINED, chain.size())) {
                double from = x + BOX - 1;
                double to = x + BOX + GAP + 1;
                double y = TOP + BOX_HEIGHT / 2.0;
                svg.line(from, y, to - 4, y, Svg.INK, 1.5, false);
                svg.polygon(Svg.INK, null, 0, to, y, to - 5, y - 4, to - 5, y + 4);
            }
        }
        return new Chart(NAME, title, description, svg.close());
    }
}
