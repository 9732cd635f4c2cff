package org.alliance.web.equity;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one period of an indicator for every group of one dimension, as typed:
 * for each group the count with the outcome and the count it is taken out of (or the mean
 * and the number of people). Text is kept as typed so that a wrong value is shown again.
 */
public record ValuesForm(String period, List<Row> rows) {

	public ValuesForm {
		rows = (rows != null) ? new ArrayList<>(rows) : new ArrayList<>();
	}

	/** One group's two inputs. */
	public record Row(Long groupId, String first, String second) {

		public Row {
			first = (first != null) ? first.trim() : "";
			second = (second != null) ? second.trim() : "";
		}

	}

}
