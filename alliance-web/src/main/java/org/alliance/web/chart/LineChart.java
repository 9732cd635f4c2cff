package org.alliance.web.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alliance.application.progress.ProgressQueries.Week;

/**
 * A server-rendered SVG line chart of percent over weeks: only coordinates and labels, so
 * the page draws it without JavaScript, and the same numbers go into a table next to it.
 */
public record LineChart(Plot plot, List<Week> weeks, String points, List<Tick> yTicks, List<Tick> xTicks,
		double firstPercent, double lastPercent, LocalDate firstWeek, LocalDate lastWeek) {

	static final Plot PLOT = new Plot(640, 240, 44, 32, 12, 32);

	/** An axis label at a position. */
	public record Tick(double x, double y, String label, LocalDate date) {
	}

	public static LineChart of(List<Week> weeks) {
		int n = weeks.size();
		StringBuilder points = new StringBuilder();
		List<Tick> xTicks = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(n / 6.0));
		for (int i = 0; i < n; i++) {
			double x = PLOT.x(i, n);
			points.append(x).append(',').append(PLOT.y(weeks.get(i).percent(), 100)).append(' ');
			if (Plot.labelled(i, n, every)) {
				xTicks.add(new Tick(x, PLOT.height() - 10, null, weeks.get(i).weekStart()));
			}
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int percent = 0; percent <= 100; percent += 25) {
			yTicks.add(new Tick(PLOT.plotLeft() - 6, PLOT.y(percent, 100), percent + "%", null));
		}
		return new LineChart(PLOT, weeks, points.toString().trim(), yTicks, xTicks,
				(n > 0) ? weeks.get(0).percent() : 0, (n > 0) ? weeks.get(n - 1).percent() : 0,
				(n > 0) ? weeks.get(0).weekStart() : null, (n > 0) ? weeks.get(n - 1).weekStart() : null);
	}

	public boolean isEmpty() {
		return this.weeks.isEmpty();
	}

}
