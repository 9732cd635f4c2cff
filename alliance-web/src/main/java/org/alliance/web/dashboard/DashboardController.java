package org.alliance.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.plan.PlanStatus;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.plan.PlanRepository;
import org.alliance.persistence.step.StepQueries;
import org.alliance.web.plan.PlanProgress;
import org.alliance.web.shared.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Leadership's view of a plan: how far it has got, where, and what is overdue. */
@Controller
@Transactional(readOnly = true)
class DashboardController {

	private final PlanRepository plans;

	private final AimRepository aims;

	private final StepQueries queries;

	private final CommitmentRepository commitments;

	private final Clock clock;

	DashboardController(PlanRepository plans, AimRepository aims, StepQueries queries, CommitmentRepository commitments,
			Clock clock) {
		this.plans = plans;
		this.aims = aims;
		this.queries = queries;
		this.commitments = commitments;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("isAuthenticated()")
	String dashboard(@RequestParam(required = false) Long plan, Model model) {
		List<Plan> all = this.plans.findAllByOrderByStartDateDescIdDesc();
		model.addAttribute("plans", all);
		Optional<Plan> chosen = (plan != null)
				? Optional.of(all.stream()
					.filter((p) -> p.getId().equals(plan))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("Plan", plan)))
				: all.stream()
					.filter((p) -> p.getStatus() == PlanStatus.ACTIVE)
					.findFirst()
					.or(() -> all.stream().findFirst());
		if (chosen.isEmpty()) {
			return "dashboard";
		}
		Plan current = chosen.get();
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("progress", PlanProgress.of(current, this.aims.findByPlanIdOrderByNumberAsc(current.getId()),
				this.queries.rowsOfPlan(current.getId()), today, (r) -> false));
		model.addAttribute("recent", this.queries.recentUpdatesOfPlan(current.getId(), Limit.of(10)));
		List<Commitment> commitmentList = this.commitments.findAllInReviewOrder();
		model.addAttribute("commitmentsDue",
				commitmentList.stream()
					.filter((c) -> c.isDueForReview(today))
					.sorted(Comparator.comparing(Commitment::getReviewDate))
					.toList());
		model.addAttribute("commitmentCount", commitmentList.size());
		model.addAttribute("today", today);
		return "dashboard";
	}

}
