package org.alliance.domain.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliance.domain.equity.Period;
import org.alliance.domain.equity.PeriodType;

/**
 * How well a commitment with share targets is kept: each event met or not, and the share
 * of events that met every target by quarter and in all.
 */
public record ComplianceRecord(Long commitmentId, String statement, String madeBy, List<ShareTarget> targets,
		List<CheckedEvent> events, List<Quarter> quarters, Double rate, int met) {

	/** One event and how it measured up. */
	public record CheckedEvent(CommitmentEvent event, EventCheck.Result result) {
	}

	/** One quarter: events, how many met every target, and the rate in percent. */
	public record Quarter(Period period, int events, int met, double rate) {
	}

	public int eventCount() {
		return this.events.size();
	}

	/** The record of a commitment from its events, in the order given. */
	public static ComplianceRecord of(Commitment commitment, List<CommitmentEvent> events) {
		List<ShareTarget> targets = commitment.getTargets();
		List<CheckedEvent> checked = new ArrayList<>();
		Map<Period, int[]> byQuarter = new TreeMap<>();
		for (CommitmentEvent event : events) {
			EventCheck.Result result = event.check(targets);
			checked.add(new CheckedEvent(event, result));
			int[] tally = byQuarter.computeIfAbsent(Period.containing(PeriodType.QUARTER, event.getDate()),
					(p) -> new int[2]);
			tally[0]++;
			if (result.met()) {
				tally[1]++;
			}
		}
		List<Quarter> quarters = new ArrayList<>();
		byQuarter.forEach((p, t) -> quarters.add(new Quarter(p, t[0], t[1], t[1] * 100.0 / t[0])));
		Double rate = EventCheck.complianceRate(checked.stream().map(CheckedEvent::result).toList());
		int met = (int) checked.stream().filter((c) -> c.result().met()).count();
		return new ComplianceRecord(commitment.getId(), commitment.getStatement(), commitment.getMadeBy(), targets,
				List.copyOf(checked), List.copyOf(quarters), rate, met);
	}

}
