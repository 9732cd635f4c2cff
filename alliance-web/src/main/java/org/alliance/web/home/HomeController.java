package org.alliance.web.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.alliance.persistence.step.StepQueries;
import org.alliance.persistence.step.StepRow;
import org.alliance.web.security.AllianceUser;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Home is "my action steps": what is mine to do, overdue and due soon first. */
@Controller
class HomeController {

	static final int MAX_STEPS = 500;

	private final StepQueries queries;

	private final Clock clock;

	HomeController(StepQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	public record MySteps(List<StepRow> overdue, List<StepRow> dueSoon, List<StepRow> later, boolean truncated) {

		public boolean isEmpty() {
			return this.overdue.isEmpty() && this.dueSoon.isEmpty() && this.later.isEmpty();
		}

	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal AllianceUser me, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<StepRow> rows = this.queries.openRowsFor(me.personId(), Limit.of(MAX_STEPS + 1));
		List<StepRow> shown = rows.subList(0, Math.min(rows.size(), MAX_STEPS));
		List<StepRow> overdue = shown.stream().filter((r) -> r.isOverdue(today)).toList();
		List<StepRow> dueSoon = shown.stream().filter((r) -> r.isDueSoon(today)).toList();
		List<StepRow> later = shown.stream().filter((r) -> !r.isOverdue(today) && !r.isDueSoon(today)).toList();
		model.addAttribute("mine", new MySteps(overdue, dueSoon, later, rows.size() > MAX_STEPS));
		model.addAttribute("today", today);
		return "home";
	}

}
