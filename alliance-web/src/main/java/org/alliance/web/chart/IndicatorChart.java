package org.alliance.web.chart;

import java.util.ArrayList;
import java.util.List;

import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.domain.equity.IndicatorUnit;

/**
 * A server-rendered SVG line chart of each group's rate over the periods: one line per
 * group, told apart by colour, dash pattern and marker, named in a legend, and repeated
 * in the table next to it. Periods where a group's figures are suppressed leave a gap.
 */
public record IndicatorChart(Plot plot, List<Series> series, List<Tick> xTicks, List<Tick> yTicks, Double targetY,
		String targetLabel) {

	static final Plot PLOT = new Plot(640, 260, 56, 16, 14, 34);

	private static final String[] COLOURS = { "#1f4e79", "#a04000", "#2e6b30", "#6a1b9a", "#b71c1c", "#00695c",
			"#4e342e", "#37474f" };

	private static final String[] DASHES = { "", "6 3", "2 3", "8 3 2 3", "10 4", "4 2 1 2", "1 2", "12 2" };

	/** A point of a line. */
	public record Point(double x, double y) {
	}

	/** One group's line: its segments between gaps, and how it is drawn. */
	public record Series(String group, boolean reference, List<String> segments, List<Point> points, String colour,
			String dash, int marker) {

		public String dashOrNone() {
			return this.dash.isEmpty() ? null : this.dash;
		}

	}

	/** An axis label at a position. */
	public record Tick(double x, double y, String label) {
	}

	public static IndicatorChart of(IndicatorAnalysis.Result result) {
		List<IndicatorAnalysis.PeriodRows> periods = result.periods();
		int n = periods.size();
		double max = 0;
		for (IndicatorAnalysis.PeriodRows p : periods) {
			for (IndicatorAnalysis.Row row : p.rows()) {
				if (row.rate() != null) {
					max = Math.max(max, row.rate());
				}
			}
		}
		Double target = (result.indicator().getTarget() != null) ? result.indicator().getTarget().doubleValue() : null;
		if (target != null) {
			max = Math.max(max, target);
		}
		double top = niceTop(max * 1.1, result.indicator().getUnit());
		List<Tick> xTicks = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(n / 8.0));
		for (int i = 0; i < n; i++) {
			if (Plot.labelled(i, n, every)) {
				xTicks.add(new Tick(PLOT.x(i, n), PLOT.height() - 12, periods.get(i).period().code()));
			}
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			double value = top * i / 4;
			yTicks.add(new Tick(PLOT.plotLeft() - 6, PLOT.y(value, top), label(value)));
		}
		List<Series> series = new ArrayList<>();
		int index = 0;
		for (DimensionValue group : result.groupsWithValues()) {
			List<String> segments = new ArrayList<>();
			List<Point> points = new ArrayList<>();
			StringBuilder segment = new StringBuilder();
			boolean reference = false;
			for (int i = 0; i < n; i++) {
				IndicatorAnalysis.Row row = periods.get(i).rowOf(group.getId());
				if (row != null && row.reference()) {
					reference = true;
				}
				if (row == null || row.rate() == null) {
					if (!segment.isEmpty()) {
						segments.add(segment.toString().trim());
						segment.setLength(0);
					}
					continue;
				}
				Point point = new Point(PLOT.x(i, n), PLOT.y(row.rate(), top));
				points.add(point);
				segment.append(point.x()).append(',').append(point.y()).append(' ');
			}
			if (!segment.isEmpty()) {
				segments.add(segment.toString().trim());
			}
			series.add(new Series(group.getLabel(), reference, segments, points, COLOURS[index % COLOURS.length],
					DASHES[index % DASHES.length], index % 4));
			index++;
		}
		return new IndicatorChart(PLOT, series, xTicks, yTicks, (target != null) ? PLOT.y(target, top) : null,
				(target != null) ? label(target) : null);
	}

	private static double niceTop(double value, IndicatorUnit unit) {
		if (value <= 0) {
			return (unit == IndicatorUnit.PERCENT) ? 100 : 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		double top = Math.ceil(value / magnitude * 2) / 2 * magnitude;
		return (unit == IndicatorUnit.PERCENT) ? Math.min(100, top) : top;
	}

	private static String label(double value) {
		if (Math.abs(value - Math.rint(value)) < 1e-9) {
			return String.valueOf((long) Math.rint(value));
		}
		return String.valueOf(Math.round(value * 100) / 100.0);
	}

}
