package org.alliance.application.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliance.application.commitment.Compliance;
import org.alliance.application.shared.ReadCache;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentStatus;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.RollUp;
import org.alliance.domain.step.StepAttention;
import org.alliance.domain.step.StepStatus;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.ProgressQueries.Scope;
import org.alliance.persistence.step.ChecklistItemRepository;
import org.alliance.application.progress.StepRow;
import org.alliance.application.progress.UpdateRow;
import org.jspecify.annotations.Nullable;

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

	private final ProgressQueries queries;

	private final Compliance compliance;

	private final ReadCache cache;

	private final Clock clock;

	DashboardService(ProgressQueries queries, Compliance compliance, ReadCache cache, Clock clock) {
		this.cache = cache;
		this.queries = queries;
		this.compliance = compliance;
		this.clock = clock;
	}

	/** One list of the attention queue: how many steps, and the first of them. */
	public record Attention(String kind, long count, List<StepRow> first) {
	}

	/** A step that needs attention, once, with every reason it does. */
	public record AttentionItem(StepRow step, List<String> reasons) {
	}

	/** How many steps the dashboard's single attention list shows at most. */
	static final int ATTENTION_ITEMS = 12;

	public record Dashboard(ProgressQueries.PlanChoice plan, Long workgroupId, LocalDate from, LocalDate to,
			LocalDate today, RollUp overall, List<ProgressQueries.Group> aims, List<ProgressQueries.Group> workgroups,
			Map<StepStatus, Long> byStatus, List<Attention> attention, List<ProgressQueries.Week> progress,
			List<UpdateRow> recent, @Nullable Integer accountability, long commitmentsKept, long commitmentsActive,
			List<Commitment> commitmentsDue, List<ChecklistItemRepository.ChecklistRow> checklists) {

		public long stepCount() {
			return this.byStatus.values().stream().mapToLong(Long::longValue).sum();
		}

		public long atRiskOrBlocked() {
			return this.byStatus.get(StepStatus.AT_RISK) + this.byStatus.get(StepStatus.BLOCKED);
		}

		/**
		 * The attention lists merged into one: each step once with all its reasons (in
		 * the order of the lists: overdue, due soon, at risk, stale), the most urgent
		 * first (a step's first reason, then its due date).
		 */
		public List<AttentionItem> attentionItems() {
			List<String> kinds = this.attention.stream().map(Attention::kind).toList();
			Map<Long, StepRow> steps = new LinkedHashMap<>();
			Map<Long, Set<String>> reasons = new HashMap<>();
			for (Attention list : this.attention) {
				for (StepRow row : list.first()) {
					steps.putIfAbsent(row.id(), row);
					reasons.computeIfAbsent(row.id(), (id) -> new HashSet<>()).add(list.kind());
				}
			}
			for (StepRow row : steps.values()) {
				Set<String> of = reasons.get(row.id());
				if (row.isOverdue(this.today)) {
					of.add("overdue");
				}
				if (row.isDueSoon(this.today)) {
					of.add("dueSoon");
				}
				if (StepAttention.AT_RISK.contains(row.status())) {
					of.add("atRisk");
				}
			}
			return steps.values()
				.stream()
				.map((row) -> new AttentionItem(row, kinds.stream().filter(reasons.get(row.id())::contains).toList()))
				.sorted(Comparator.comparingInt((AttentionItem i) -> kinds.indexOf(i.reasons().get(0)))
					.thenComparing((i) -> i.step().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing((i) -> i.step().id()))
				.limit(ATTENTION_ITEMS)
				.toList();
		}

	}

	public Dashboard dashboard(Plan plan, Long workgroupId, LocalDate from, LocalDate to) {
		return dashboard(ProgressQueries.PlanChoice.of(plan), workgroupId, from, to);
	}

	public Dashboard dashboard(ProgressQueries.PlanChoice plan, Long workgroupId, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(this.clock);
		Scope scope = new Scope(plan.id(), workgroupId);
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : max(plan.startDate(), end.minusWeeks(26));
		if (start.isAfter(end)) {
			start = end;
		}
		Figures figures = figures(scope, today, start, end);
		ProgressQueries.Summary summary = figures.summary();
		Map<String, List<StepRow>> rows = figures.attention();
		List<Attention> attention = rows.entrySet()
			.stream()
			.map((e) -> new Attention(e.getKey(), summary.attentionCounts().get(e.getKey()), e.getValue()))
			.toList();
		List<Commitment> allCommitments = figures.commitments();
		return new Dashboard(plan, workgroupId, start, end, today, summary.overall(), summary.aims(),
				summary.workgroups(), summary.byStatus(), attention, figures.weeks(), figures.recent(),
				summary.updatedWithin30Days(),
				allCommitments.stream().filter((c) -> c.getStatus() == CommitmentStatus.KEPT).count(),
				allCommitments.stream().filter((c) -> c.getStatus() == CommitmentStatus.ACTIVE).count(),
				allCommitments.stream().filter((c) -> c.isDueForReview(today)).toList(), figures.checklists());
	}

	/** What the queries return for one scope and period, as of one state of the data. */
	private record Figures(ProgressQueries.Summary summary, Map<String, List<StepRow>> attention,
			List<ProgressQueries.Week> weeks, List<UpdateRow> recent, List<Commitment> commitments,
			List<ChecklistItemRepository.ChecklistRow> checklists) {
	}

	private record Key(Scope scope, LocalDate today, LocalDate start, LocalDate end) {
	}

	/** The dashboard's figures, computed again only when the data has changed. */
	private Figures figures(Scope scope, LocalDate today, LocalDate start, LocalDate end) {
		// read outside the loader: a Caffeine loader must not load another key of its
		// cache
		List<Commitment> commitments = this.compliance.commitments();
		return this.cache.get(new Key(scope, today, start, end), () -> {
			ProgressQueries.Summary summary = this.queries.summary(scope, today, this.clock.instant());
			ProgressQueries.History history = this.queries.history(scope, summary.overall().totalWeight(), start, end,
					ATTENTION_ROWS);
			return new Figures(summary, this.queries.attentionRows(scope, today, ATTENTION_ROWS), history.weeks(),
					history.recent(), commitments, history.checklists());
		});
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
