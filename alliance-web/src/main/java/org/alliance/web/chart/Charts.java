package org.alliance.web.chart;

import java.util.List;

import org.alliance.application.publication.PublicPlan;
import org.alliance.domain.commitment.ComplianceRecord;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.application.progress.ProgressQueries.Week;

import org.springframework.stereotype.Component;

/** The charts pages draw, as {@code @charts} in templates. */
@Component("charts")
public class Charts {

	/** Plan progress over weeks. */
	public LineChart progress(List<Week> weeks) {
		return LineChart.of(weeks);
	}

	/** A commitment's compliance by quarter. */
	public BarChart compliance(ComplianceRecord record) {
		return BarChart
			.of(record.quarters().stream().map((q) -> new BarChart.Value(q.period().code(), q.rate())).toList());
	}

	/** The same chart on a public page. */
	public IndicatorChart publicIndicator(PublicPlan.Indicator indicator) {
		return IndicatorChart.of(indicator);
	}

	/** A public commitment's compliance by quarter. */
	public BarChart publicCompliance(PublicPlan.Commitment commitment) {
		return BarChart.of(commitment.quarters().stream().map((q) -> new BarChart.Value(q.code(), q.rate())).toList());
	}

	/** Each group's rate of an indicator over the periods. */
	public IndicatorChart indicator(IndicatorAnalysis.Result result) {
		return IndicatorChart.of(result);
	}

}
