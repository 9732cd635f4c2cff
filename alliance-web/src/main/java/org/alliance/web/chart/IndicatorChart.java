package org.alliance.web.chart;

import java.util.ArrayList;
import java.util.List;

import org.alliance.application.publication.PublicPlan;
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

	static final Plot PLOT = new Plot(640, 260, 56, 36, 14, 34);

	/**
	 * The Okabe–Ito colour-blind-safe palette, darkened where needed so every line has at
	 * least 3:1 contrast on white; lines also differ by dash and marker.
	 */
	static final String[] COLOURS = { "#0072b2", "#c44e00", "#00795a", "#a3467f", "#1b1b1f", "#8a5a00", "#2b6c9e",
			"#5e5e5e" };

	/**
	 * Marker shapes: filled circle, square, triangle, diamond, open circle, open square.
	 */
	static final int MARKERS = 6;

	/** At most this many period labels on the axis, so they never overlap. */
	static final int MAX_LABELS = 6;

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

	/**
	 * One group's values over the periods ({@code null} where suppressed or missing), and
	 * whether it is the group the others are compared with.
	 */
	public record Line(String group, boolean reference, List<Double> values) {
	}

	public static IndicatorChart of(IndicatorAnalysis.Result result) {
		List<IndicatorAnalysis.PeriodRows> periods = result.periods();
		List<Line> lines = new ArrayList<>();
		for (DimensionValue group : result.groupsWithValues()) {
			List<Double> values = new ArrayList<>();
			boolean reference = false;
			for (IndicatorAnalysis.PeriodRows p : periods) {
				IndicatorAnalysis.Row row = p.rowOf(group.getId());
				reference |= row != null && row.reference();
				values.add((row != null) ? row.rate() : null);
			}
			lines.add(new Line(group.getLabel(), reference, values));
		}
		return of(periods.stream().map((p) -> p.period().code()).toList(), lines,
				(result.indicator().getTarget() != null) ? result.indicator().getTarget().doubleValue() : null,
				result.indicator().getUnit());
	}

	/** The same chart from the figures of a public page. */
	public static IndicatorChart of(PublicPlan.Indicator indicator) {
		List<Line> lines = new ArrayList<>();
		for (String group : indicator.groups()) {
			List<Double> values = new ArrayList<>();
			boolean reference = false;
			for (PublicPlan.Period p : indicator.periods()) {
				PublicPlan.Row row = p.rowOf(group);
				reference |= row != null && row.reference();
				values.add((row != null) ? row.value() : null);
			}
			lines.add(new Line(group, reference, values));
		}
		return of(indicator.periods().stream().map(PublicPlan.Period::code).toList(), lines, indicator.target(),
				indicator.unit());
	}

	static IndicatorChart of(List<String> periods, List<Line> lines, Double target, IndicatorUnit unitOf) {
		int n = periods.size();
		double max = 0;
		double min = Double.MAX_VALUE;
		for (Line line : lines) {
			for (Double value : line.values()) {
				if (value != null) {
					max = Math.max(max, value);
					min = Math.min(min, value);
				}
			}
		}
		if (target != null) {
			max = Math.max(max, target);
			min = Math.min(min, target);
		}
		double[] axis = axis(min, max, unitOf);
		double bottom = axis[0];
		double top = axis[1];
		// percentages carry their unit on the axis and the target line
		String unit = (unitOf == IndicatorUnit.PERCENT) ? "%" : "";
		List<Tick> xTicks = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(n / (double) MAX_LABELS));
		for (int i = 0; i < n; i++) {
			if (Plot.labelled(i, n, every)) {
				xTicks.add(new Tick(PLOT.x(i, n), PLOT.height() - 12, periods.get(i)));
			}
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			double value = bottom + (top - bottom) * i / 4;
			yTicks.add(new Tick(PLOT.plotLeft() - 6, PLOT.y(value, bottom, top), label(value) + unit));
		}
		List<Series> series = new ArrayList<>();
		int index = 0;
		for (Line line : lines) {
			List<String> segments = new ArrayList<>();
			List<Point> points = new ArrayList<>();
			StringBuilder segment = new StringBuilder();
			for (int i = 0; i < n; i++) {
				Double value = line.values().get(i);
				if (value == null) {
					if (!segment.isEmpty()) {
						segments.add(segment.toString().trim());
						segment.setLength(0);
					}
					continue;
				}
				Point point = new Point(PLOT.x(i, n), PLOT.y(value, bottom, top));
				points.add(point);
				segment.append(point.x()).append(',').append(point.y()).append(' ');
			}
			if (!segment.isEmpty()) {
				segments.add(segment.toString().trim());
			}
			series.add(new Series(line.group(), line.reference(), segments, points, COLOURS[index % COLOURS.length],
					DASHES[index % DASHES.length], index % MARKERS));
			index++;
		}
		return new IndicatorChart(PLOT, series, xTicks, yTicks, (target != null) ? PLOT.y(target, bottom, top) : null,
				(target != null) ? label(target) + unit : null);
	}

	/**
	 * The value axis: from 0, unless every value sits in the upper half of the range
	 * (mean scores of 3.8 to 4.3 on a 0 to 5 scale), where the axis starts just below the
	 * lowest value so differences stay visible; the top is a round number above the
	 * highest.
	 */
	static double[] axis(double min, double max, IndicatorUnit unit) {
		if (min == Double.MAX_VALUE) {
			return new double[] { 0, niceTop(0, unit) };
		}
		if (min > max / 2 && max > min) {
			double span = max - min;
			double step = niceStep(span * 1.4 / 4);
			double bottom = Math.floor((min - span * 0.2) / step) * step;
			double top = Math.max(bottom + step * 4, Math.ceil((max + span * 0.2) / step) * step);
			// four equal steps between round numbers
			step = niceStep((top - bottom) / 4);
			bottom = Math.floor(bottom / step) * step;
			top = bottom + step * 4;
			if (top < max) {
				top = bottom + step * Math.ceil((max - bottom) / step);
			}
			if (unit == IndicatorUnit.PERCENT && top > 100) {
				top = 100;
			}
			return new double[] { Math.max(0, bottom), top };
		}
		return new double[] { 0, niceTop(max * 1.1, unit) };
	}

	/** 1, 2, 2.5 or 5 times a power of ten, at least the value. */
	private static double niceStep(double value) {
		if (value <= 0) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
		for (double factor : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (factor * magnitude >= value - 1e-12) {
				return factor * magnitude;
			}
		}
		return 10 * magnitude;
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
