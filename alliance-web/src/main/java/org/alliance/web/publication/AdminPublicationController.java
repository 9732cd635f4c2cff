package org.alliance.web.publication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.commitment.Compliance;
import org.alliance.application.publication.PublicationService;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.StepRow;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators choose what of a plan is public and publish it, or withdraw it. Nothing
 * the public sees changes until "publish".
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPublicationController {

	private final PublicationService publications;

	private final PlanViews plans;

	private final ProgressQueries progress;

	private final IndicatorViews indicators;

	private final Compliance compliance;

	private final Clock clock;

	AdminPublicationController(PublicationService publications, PlanViews plans, ProgressQueries progress,
			IndicatorViews indicators, Compliance compliance, Clock clock) {
		this.publications = publications;
		this.plans = plans;
		this.progress = progress;
		this.indicators = indicators;
		this.compliance = compliance;
		this.clock = clock;
	}

	@GetMapping("/admin/plans/{id}/publication")
	String form(@PathVariable Long id, Model model) {
		model.addAttribute("publicationForm", PublicationForm.of(this.publications.draft(id)));
		return page(id, model);
	}

	@PostMapping("/admin/plans/{id}/publication")
	String save(@PathVariable Long id, @Valid @ModelAttribute("publicationForm") PublicationForm form,
			BindingResult result, @RequestParam(defaultValue = "save") String action,
			@AuthenticationPrincipal AllianceUser me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.publications.save(id, form.draft());
			if ("publish".equals(action)) {
				this.publications.publish(id, me.personId());
				redirect.addFlashAttribute("flash", "publication.published");
			}
			else {
				redirect.addFlashAttribute("flash", "publication.saved");
			}
			return "redirect:/admin/plans/" + id + "/publication";
		}, () -> page(id, model));
	}

	@PostMapping("/admin/plans/{id}/publication/withdraw")
	String withdraw(@PathVariable Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash",
				this.publications.withdraw(id) ? "publication.withdrawn" : "publication.notPublished");
		return "redirect:/admin/plans/" + id + "/publication";
	}

	/** An aim with the plan's steps under it, for the form. */
	public record AimSteps(Aim aim, List<StepRow> steps) {
	}

	private String page(Long id, Model model) {
		Plan plan = this.plans.plan(id).orElseThrow(() -> new NotFoundException("Plan", id));
		Map<Long, List<StepRow>> byAim = new LinkedHashMap<>();
		this.progress.eachRow(new ProgressQueries.Scope(id, null),
				ProgressQueries.StepFilter.none(LocalDate.now(this.clock)),
				(row) -> byAim.computeIfAbsent(row.aimId(), (a) -> new ArrayList<>()).add(row));
		List<AimSteps> tree = this.plans.aimsOf(id)
			.stream()
			.map((a) -> new AimSteps(a, byAim.getOrDefault(a.getId(), List.of())))
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("tree", tree);
		model.addAttribute("indicators", this.indicators.indicatorsByName());
		model.addAttribute("commitments", this.compliance.commitments());
		model.addAttribute("current", this.publications.currentOf(id).orElse(null));
		return "admin/publication";
	}

}
