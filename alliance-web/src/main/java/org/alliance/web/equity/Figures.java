package org.alliance.web.equity;

import java.text.NumberFormat;
import java.util.Locale;

import org.alliance.domain.equity.Indicator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Writes measures in the reader's language, for templates ({@code @figures}). */
@Component("figures")
public class Figures {

	private final MessageSource messages;

	Figures(MessageSource messages) {
		this.messages = messages;
	}

	/** A rate or mean with one decimal; empty when there is none. */
	public String rate(Double value) {
		return format(value, 1);
	}

	/**
	 * A value of the indicator with its unit, as targets are read: "90%", "12.5 per 1,000
	 * people", "4.2 (average score)".
	 */
	public String withUnit(Number value, Indicator indicator) {
		if (value == null) {
			return "";
		}
		String number = format(value.doubleValue(), 1);
		return switch (indicator.getUnit()) {
			case PERCENT -> number + "%";
			case RATE_PER_N ->
				this.messages.getMessage("indicator.value.perN",
						new Object[] { number,
								count((indicator.getPerN() != null) ? indicator.getPerN().longValue() : 1L) },
						locale());
			case MEAN -> this.messages.getMessage("indicator.value.mean", new Object[] { number }, locale());
		};
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
