package org.alliance.web.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A server-rendered SVG bar chart of percentages (0 to 100) by category, such as a
 * commitment's compliance by quarter; the same numbers go into a table next to it.
 */
public record BarChart(Plot plot, List<Bar> bars) {

	static final Plot PLOT = new Plot(640, 200, 50, 24, 20, 30);

	/** One category: its bar's box and where its labels go. */
	public record Bar(String label, double percent, double x, double y, double width, double height, double centre,
			boolean labelled) {
	}

	/** At most this many category labels under the bars, so they never overlap. */
	static final int MAX_LABELS = 8;

	/** A category and its percentage. */
	public record Value(String label, double percent) {
	}

	public static BarChart of(List<Value> values) {
		int n = values.size();
		int every = Math.max(1, (int) Math.ceil(n / (double) MAX_LABELS));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Value value = values.get(i);
			double slot = PLOT.slotWidth(n);
			double height = PLOT.height(value.percent(), 100);
			bars.add(new Bar(value.label(), value.percent(), Plot.round(PLOT.slot(i, n) + slot * 0.2),
					Plot.round(PLOT.plotBottom() - height), Plot.round(slot * 0.6), height,
					Plot.round(PLOT.slot(i, n) + slot / 2), Plot.labelled(i, n, every)));
		}
		return new BarChart(PLOT, List.copyOf(bars));
	}

}
