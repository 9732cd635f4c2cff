package org.alliance.web.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.alliance.application.shared.ReadCache;
import org.alliance.application.progress.StepQueries;
import org.alliance.application.progress.StepRow;
import org.alliance.web.security.AllianceUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each role lands where its work is: leadership on the dashboard, administrators on the
 * administration overview, everyone else on "my action steps" (what is mine to do,
 * overdue and due soon first), which every role can also open from the navigation.
 */
@Controller
class HomeController {

	static final int PAGE_SIZE = 50;

	private final StepQueries queries;

	private final Clock clock;

	private final ReadCache cache;

	HomeController(StepQueries queries, Clock clock, ReadCache cache) {
		this.cache = cache;
		this.queries = queries;
		this.clock = clock;
	}

	public record MySteps(List<StepRow> overdue, List<StepRow> dueSoon, List<StepRow> later, int page, int pages,
			long total) {

		public boolean isEmpty() {
			return this.overdue.isEmpty() && this.dueSoon.isEmpty() && this.later.isEmpty();
		}

	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal AllianceUser me, @RequestParam(defaultValue = "0") int page, Model model) {
		if (me.isLeadership()) {
			return "redirect:/dashboard";
		}
		if (me.isAdmin()) {
			return "redirect:/admin";
		}
		return mySteps(me, page, model);
	}

	@GetMapping("/my-steps")
	@PreAuthorize("isAuthenticated()")
	String mySteps(@AuthenticationPrincipal AllianceUser me, @RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		long total = this.cache.get(List.of("open", me.personId()), () -> this.queries.countOpenFor(me.personId()));
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		// soonest due first, so overdue steps lead the first page
		List<StepRow> shown = this.cache.get(List.of("open", me.personId(), current),
				() -> this.queries.openRowsFor(me.personId(), PageRequest.of(current, PAGE_SIZE)));
		List<StepRow> overdue = shown.stream().filter((r) -> r.isOverdue(today)).toList();
		List<StepRow> dueSoon = shown.stream().filter((r) -> r.isDueSoon(today)).toList();
		List<StepRow> later = shown.stream().filter((r) -> !r.isOverdue(today) && !r.isDueSoon(today)).toList();
		model.addAttribute("mine", new MySteps(overdue, dueSoon, later, current, pages, total));
		model.addAttribute("today", today);
		return "home";
	}

}
