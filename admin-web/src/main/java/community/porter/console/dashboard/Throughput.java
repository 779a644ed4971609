package community.porter.console.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Messages per minute in and out over the last hour, oldest minute first, with the bars of a
 * small chart computed here: the page draws them as SVG rectangles, no script needed.
 */
record Throughput(long[] in, long[] out) {

    /** Height of the chart's drawing area, in SVG units. */
    static final int HEIGHT = 60;
    /** Width of one minute in the chart: two bars, in and out, side by side. */
    static final int SLOT = 6;

    public long lastMinuteIn() {
        return in[in.length - 1];
    }

    public long lastMinuteOut() {
        return out[out.length - 1];
    }

    public long hourIn() {
        return Arrays.stream(in).sum();
    }

    public long hourOut() {
        return Arrays.stream(out).sum();
    }

    /** One bar: where it stands, how high it is, and which way the messages went. */
    record Bar(int x, int y, int height, String direction, int minutesAgo, long count) {
    }

    /** The bars, scaled so the busiest minute fills the chart; empty minutes draw nothing. */
    public List<Bar> bars() {
        long max = Math.max(1, Math.max(Arrays.stream(in).max().orElse(0), Arrays.stream(out).max().orElse(0)));
        List<Bar> bars = new ArrayList<>();
        for (int m = 0; m < in.length; m++) {
            int minutesAgo = in.length - 1 - m;
            add(bars, m * SLOT, in[m], max, "in", minutesAgo);
            add(bars, m * SLOT + SLOT / 2, out[m], max, "out", minutesAgo);
        }
        return bars;
    }

    private static void add(List<Bar> bars, int x, long count, long max, String direction, int minutesAgo) {
        if (count > 0) {
            int height = (int) Math.max(1, Math.round((double) count * HEIGHT / max));
            bars.add(new Bar(x, HEIGHT - height, height, direction, minutesAgo, count));
        }
    }
}
