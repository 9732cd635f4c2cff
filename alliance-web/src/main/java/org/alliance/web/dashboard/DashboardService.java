package org.alliance.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentStatus;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepStatus;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.dashboard.DashboardQueries;
import org.alliance.persistence.dashboard.DashboardQueries.Scope;
import org.alliance.persistence.dashboard.DashboardQueries.StepFilter;
import org.alliance.persistence.step.StepRow;
import org.alliance.persistence.step.UpdateRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles what a dashboard shows for a plan, optionally narrowed to one workgroup and a
 * period.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	static final int ATTENTION_ROWS = 10;

	static final int STALE_DAYS = 30;

	private final DashboardQueries queries;

	private final CommitmentRepository commitments;

	private final Clock clock;

	DashboardService(DashboardQueries queries, CommitmentRepository commitments, Clock clock) {
		this.queries = queries;
		this.commitments = commitments;
		this.clock = clock;
	}

	/** One list of the attention queue: how many steps, and the first of them. */
	public record Attention(String kind, long count, List<StepRow> first) {
	}

	public record Dashboard(Plan plan, Long workgroupId, LocalDate from, LocalDate to, LocalDate today, RollUp overall,
			List<DashboardQueries.Group> aims, List<DashboardQueries.Group> workgroups, Map<StepStatus, Long> byStatus,
			List<Attention> attention, LineChart progress, List<UpdateRow> recent, int accountability,
			long commitmentsKept, long commitmentsActive, List<Commitment> commitmentsDue) {

		public long stepCount() {
			return this.byStatus.values().stream().mapToLong(Long::longValue).sum();
		}

		public long atRiskOrBlocked() {
			return this.byStatus.get(StepStatus.AT_RISK) + this.byStatus.get(StepStatus.BLOCKED);
		}

	}

	public Dashboard dashboard(Plan plan, Long workgroupId, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(this.clock);
		Scope scope = new Scope(plan.getId(), workgroupId);
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : max(plan.getStartDate(), end.minusWeeks(26));
		if (start.isAfter(end)) {
			start = end;
		}
		List<Attention> attention = List.of(attention(scope, "overdue", overdue(today)),
				attention(scope, "dueSoon", new StepFilter(null, false, true, false, false, today)),
				attention(scope, "atRisk", new StepFilter(null, false, false, true, false, today)),
				attention(scope, "stale", new StepFilter(null, false, false, false, true, today)));
		List<Commitment> allCommitments = this.commitments.findAllInReviewOrder();
		return new Dashboard(plan, workgroupId, start, end, today, this.queries.overall(scope),
				this.queries.byAim(scope), this.queries.byWorkgroup(scope), this.queries.countByStatus(scope),
				attention, LineChart.of(this.queries.weekly(scope, start, end)),
				this.queries.recentUpdates(scope, start, end, ATTENTION_ROWS),
				this.queries.updatedWithin(scope, STALE_DAYS, this.clock.instant()),
				allCommitments.stream().filter((c) -> c.getStatus() == CommitmentStatus.KEPT).count(),
				allCommitments.stream().filter((c) -> c.getStatus() == CommitmentStatus.ACTIVE).count(),
				allCommitments.stream().filter((c) -> c.isDueForReview(today)).toList());
	}

	static StepFilter overdue(LocalDate today) {
		return new StepFilter(null, true, false, false, false, today);
	}

	private Attention attention(Scope scope, String kind, StepFilter filter) {
		return new Attention(kind, this.queries.count(scope, filter),
				this.queries.rows(scope, filter, 0, ATTENTION_ROWS));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
