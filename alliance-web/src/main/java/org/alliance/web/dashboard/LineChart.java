package org.alliance.web.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alliance.persistence.dashboard.DashboardQueries.Week;

/**
 * A server-rendered SVG line chart of percent over weeks: only coordinates and labels, so
 * the page draws it without JavaScript, and the same numbers go into a table next to it.
 */
public record LineChart(List<Week> weeks, String points, List<Tick> yTicks, List<Tick> xTicks, double firstPercent,
		double lastPercent, LocalDate firstWeek, LocalDate lastWeek) {

	public static final int WIDTH = 640;

	public static final int HEIGHT = 240;

	static final int LEFT = 44;

	static final int RIGHT = 12;

	static final int TOP = 12;

	static final int BOTTOM = 32;

	/** An axis label at a position. */
	public record Tick(double x, double y, String label, LocalDate date) {
	}

	public static LineChart of(List<Week> weeks) {
		int n = weeks.size();
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		StringBuilder points = new StringBuilder();
		List<Tick> xTicks = new ArrayList<>();
		int every = Math.max(1, (int) Math.ceil(n / 6.0));
		for (int i = 0; i < n; i++) {
			double x = LEFT + ((n == 1) ? plotWidth / 2 : plotWidth * i / (n - 1));
			double y = TOP + plotHeight * (1 - Math.min(100, weeks.get(i).percent()) / 100.0);
			points.append(round(x)).append(',').append(round(y)).append(' ');
			if (i % every == 0 || i == n - 1) {
				xTicks.add(new Tick(round(x), HEIGHT - 10, null, weeks.get(i).weekStart()));
			}
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int percent = 0; percent <= 100; percent += 25) {
			yTicks.add(new Tick(LEFT - 6, round(TOP + plotHeight * (1 - percent / 100.0)), percent + "%", null));
		}
		return new LineChart(weeks, points.toString().trim(), yTicks, xTicks, (n > 0) ? weeks.get(0).percent() : 0,
				(n > 0) ? weeks.get(n - 1).percent() : 0, (n > 0) ? weeks.get(0).weekStart() : null,
				(n > 0) ? weeks.get(n - 1).weekStart() : null);
	}

	public boolean isEmpty() {
		return this.weeks.isEmpty();
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + HEIGHT;
	}

	public int plotLeft() {
		return LEFT;
	}

	public int plotRight() {
		return WIDTH - RIGHT;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
