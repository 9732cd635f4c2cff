package org.alliance.web.chart;

/**
 * The geometry every server-rendered chart shares: an SVG box, the plotting area inside
 * its margins, and where the i-th of n points and a value fall in it. Coordinates are
 * rounded to a tenth, which keeps the markup short and the same for the same figures.
 *
 * @param width the box's width
 * @param height the box's height
 * @param left the margin for the value axis' labels
 * @param right the margin on the right
 * @param top the margin above
 * @param bottom the margin for the category axis' labels
 */
public record Plot(int width, int height, int left, int right, int top, int bottom) {

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	public int plotLeft() {
		return this.left;
	}

	public int plotRight() {
		return this.width - this.right;
	}

	public int plotTop() {
		return this.top;
	}

	public int plotBottom() {
		return this.height - this.bottom;
	}

	double plotWidth() {
		return this.width - this.left - this.right;
	}

	double plotHeight() {
		return this.height - this.top - this.bottom;
	}

	/**
	 * Where the i-th of n evenly spread points falls; a lone point sits in the middle.
	 */
	double x(int i, int n) {
		return round(this.left + ((n == 1) ? plotWidth() / 2 : plotWidth() * i / (n - 1)));
	}

	/** The left edge of the i-th of n equal slots, for bars. */
	double slot(int i, int n) {
		return this.left + slotWidth(n) * i;
	}

	double slotWidth(int n) {
		return (n == 0) ? 0 : plotWidth() / n;
	}

	/** Where a value falls on an axis from 0 to {@code max}; higher values are capped. */
	double y(double value, double max) {
		return round(this.top + plotHeight() * (1 - Math.min(value, max) / max));
	}

	/**
	 * Where a value falls on an axis from {@code min} to {@code max}; values outside are
	 * capped.
	 */
	double y(double value, double min, double max) {
		double share = (Math.max(min, Math.min(value, max)) - min) / (max - min);
		return round(this.top + plotHeight() * (1 - share));
	}

	/** How tall a bar of the value is on an axis from 0 to {@code max}. */
	double height(double value, double max) {
		return round(plotHeight() * Math.min(value, max) / max);
	}

	/**
	 * The labels of every {@code every}-th point and always the last one, leaving out a
	 * regular label that would crowd the last.
	 */
	static boolean labelled(int i, int n, int every) {
		return i == n - 1 || (i % every == 0 && (n - 1 - i) * 2 >= every);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
