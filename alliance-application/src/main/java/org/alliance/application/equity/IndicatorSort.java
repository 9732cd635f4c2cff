package org.alliance.application.equity;

import java.util.Comparator;
import java.util.List;

import org.alliance.domain.equity.Period;
import org.jspecify.annotations.Nullable;

/**
 * How the indicator list is sorted. The list's figures (latest period, groups faring
 * worse) are worked out from the values by {@link EquityOverview}, not stored, so the
 * list, as short as the number of indicators, is sorted where they are.
 */
public record IndicatorSort(Order by, boolean descending) {

	/** The columns the list sorts by. */
	public enum Order {

		name, kind, latest, flagged

	}

	public static final IndicatorSort DEFAULT = new IndicatorSort(Order.name, false);

	/** The sort a link asks for; an unknown column gives the default. */
	public static IndicatorSort of(@Nullable String by, @Nullable String direction) {
		for (Order order : Order.values()) {
			if (order.name().equals(by)) {
				return new IndicatorSort(order, "desc".equals(direction));
			}
		}
		return DEFAULT;
	}

	public boolean isDefault() {
		return DEFAULT.equals(this);
	}

	/**
	 * The summaries in this order, the name settling ties; an indicator without figures
	 * counts as the oldest.
	 */
	public List<EquityOverview.Summary> apply(List<EquityOverview.Summary> summaries) {
		Comparator<EquityOverview.Summary> byName = Comparator
			.comparing((EquityOverview.Summary s) -> s.indicator().getName(), String.CASE_INSENSITIVE_ORDER);
		Comparator<EquityOverview.Summary> column = switch (this.by) {
			case name -> byName;
			case kind -> Comparator.comparing((EquityOverview.Summary s) -> s.indicator().getKind());
			case latest -> Comparator.comparing(EquityOverview.Summary::latest,
					Comparator.nullsFirst(Comparator.<Period>naturalOrder()));
			case flagged -> Comparator.comparingLong(EquityOverview.Summary::flagged);
		};
		if (this.descending) {
			column = column.reversed();
		}
		return summaries.stream().sorted(column.thenComparing(byName)).toList();
	}

}
