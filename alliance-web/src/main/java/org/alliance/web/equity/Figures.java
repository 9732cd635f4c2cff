package org.alliance.web.equity;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Writes measures in the reader's language, for templates ({@code @figures}). */
@Component("figures")
public class Figures {

	/** A rate or mean with one decimal; empty when there is none. */
	public String rate(Double value) {
		return format(value, 1);
	}

	/** A ratio with two decimals. */
	public String ratio(Double value) {
		return format(value, 2);
	}

	/** A difference with its sign. */
	public String difference(Double value) {
		if (value == null) {
			return "";
		}
		String text = format(Math.abs(value), 1);
		return ((value > 0.00005) ? "+" : (value < -0.00005) ? "−" : "") + text;
	}

	/** A whole count with grouping. */
	public String count(Long value) {
		return (value == null) ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
	}

	private static String format(Double value, int decimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
