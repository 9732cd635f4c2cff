package org.alliance.web.commitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentEvent;
import org.alliance.domain.commitment.EventCheck;
import org.alliance.domain.commitment.ShareTarget;
import org.alliance.domain.equity.Period;
import org.alliance.domain.equity.PeriodType;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.web.shared.DataVersionCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well commitments with share targets are kept: each event met or not, the share of
 * events that met every target by quarter and in all, for a commitment's page and for the
 * dashboard.
 */
@Service
@Transactional(readOnly = true)
public class Compliance {

	private final CommitmentRepository commitments;

	private final CommitmentEventRepository events;

	private final DataVersionCache cache;

	Compliance(CommitmentRepository commitments, CommitmentEventRepository events, DataVersionCache cache) {
		this.commitments = commitments;
		this.events = events;
		this.cache = cache;
	}

	/** One event and how it measured up. */
	public record CheckedEvent(CommitmentEvent event, EventCheck.Result result) {
	}

	/** One quarter: events, how many met every target, and the rate. */
	public record Quarter(Period period, int events, int met, double rate) {
	}

	/** A commitment's record. */
	public record Record(Long commitmentId, String statement, String madeBy, List<ShareTarget> targets,
			List<CheckedEvent> events, List<Quarter> quarters, Double rate, int met) {

		public int eventCount() {
			return this.events.size();
		}

		/** The bar chart's bars: x, y, height for each quarter, in a 640 by 200 box. */
		public List<double[]> bars() {
			List<double[]> bars = new ArrayList<>();
			int n = this.quarters.size();
			double slot = (n == 0) ? 0 : 580.0 / n;
			for (int i = 0; i < n; i++) {
				double height = 150 * this.quarters.get(i).rate() / 100.0;
				bars.add(new double[] { 50 + slot * i + slot * 0.2, 170 - height, height, slot * 0.6,
						50 + slot * i + slot / 2 });
			}
			return bars;
		}

	}

	public Record of(Commitment commitment) {
		return build(commitment, this.events.findOfCommitment(commitment.getId()));
	}

	/**
	 * Every commitment with its targets and events, read in one statement and kept until
	 * the data changes; shared by the dashboard's figures and its compliance panel.
	 */
	private CommitmentRepository.WithEvents everything() {
		return this.cache.get(this.cache.version(), "commitments-with-events", this.commitments::allWithEvents);
	}

	/** Every commitment with its targets, in review order. */
	public List<Commitment> commitments() {
		return everything().commitments();
	}

	/** The record of every commitment with targets, in review order. */
	public List<Record> all() {
		return this.cache.get(this.cache.version(), "commitment-compliance", () -> {
			CommitmentRepository.WithEvents everything = everything();
			return everything.commitments()
				.stream()
				.filter((c) -> !c.getTargets().isEmpty())
				.map((c) -> build(c, everything.events().getOrDefault(c.getId(), List.of())))
				.toList();
		});
	}

	private static Record build(Commitment commitment, List<CommitmentEvent> events) {
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
		return new Record(commitment.getId(), commitment.getStatement(), commitment.getMadeBy(), targets,
				List.copyOf(checked), List.copyOf(quarters), rate, met);
	}

}
