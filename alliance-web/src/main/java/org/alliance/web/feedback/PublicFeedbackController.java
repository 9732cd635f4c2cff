package org.alliance.web.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.feedback.FeedbackService;
import org.alliance.application.plan.CurrentPlan;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackTopic;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.application.feedback.FeedbackViews;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.progress.StepQueries;
import org.alliance.application.progress.StepRow;
import org.alliance.web.shared.FormSubmission;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What anyone, signed in or not, can do with feedback: send it, follow it through its
 * private link, and read the published "you said, we did". Nothing about the sender is
 * kept beyond what they typed: the network address is used only by the in-memory
 * throttle.
 */
@Controller
class PublicFeedbackController {

	private final FeedbackService service;

	private final FeedbackViews items;

	private final FeedbackThrottle throttle;

	private final PlanViews aims;

	private final IndicatorViews groups;

	private final StepQueries steps;

	private final Clock clock;

	private final CurrentPlan currentPlan;

	PublicFeedbackController(FeedbackService service, FeedbackViews items, FeedbackThrottle throttle, PlanViews aims,
			IndicatorViews groups, StepQueries steps, Clock clock, CurrentPlan currentPlan) {
		this.currentPlan = currentPlan;
		this.service = service;
		this.items = items;
		this.throttle = throttle;
		this.aims = aims;
		this.groups = groups;
		this.steps = steps;
		this.clock = clock;
	}

	@GetMapping("/feedback")
	@PreAuthorize("permitAll()")
	String form(Locale locale, Model model) {
		model.addAttribute("feedbackForm", FeedbackForm.blank());
		return form(locale, model, "/feedback");
	}

	@PostMapping("/feedback")
	@PreAuthorize("permitAll()")
	String submit(@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult result, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.website() != null && !form.website().isBlank()) {
			// a robot filled in the field people never see: thanked, nothing kept
			model.addAttribute("lang", locale.getLanguage());
			return "feedback/thanks";
		}
		if (form.topic() != null) {
			// the topic's own rules, stated once in the domain, shown beside the other
			// errors
			form.submission(null).topicProblem().ifPresent((problem) -> FormSubmission.reject(result, problem));
		}
		return FormSubmission.handle(result, response, () -> {
			if (!this.throttle.tryAcquire(request.getRemoteAddr())) {
				response.setStatus(429);
				model.addAttribute("throttled", true);
				return form(locale, model, "/feedback");
			}
			FeedbackService.Receipt receipt = this.service.submit(form.submission(currentPlan()), locale.getLanguage());
			redirect.addFlashAttribute("received", receipt.reference());
			return "redirect:/feedback/status/" + receipt.token() + "?lang=" + locale.getLanguage();
		}, () -> form(locale, model, "/feedback"));
	}

	private String form(Locale locale, Model model, String path) {
		Long plan = currentPlan();
		model.addAttribute("path", path);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("topics", FeedbackTopic.values());
		model.addAttribute("aims", (plan != null) ? this.aims.aimsOf(plan) : List.of());
		model.addAttribute("areas", this.items.activeServiceAreas());
		model.addAttribute("groupChoices", this.groups.groups());
		return "feedback/form";
	}

	/** The plan feedback is about: the active plan people work in. */
	private @Nullable Long currentPlan() {
		return this.currentPlan.activeId().orElse(null);
	}

	@GetMapping("/feedback/status/{token}")
	@PreAuthorize("permitAll()")
	String status(@PathVariable String token, Locale locale, Model model) {
		FeedbackItem item = this.service.byToken(token);
		model.addAttribute("item", item);
		model.addAttribute("path", "/feedback/status/" + token);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("steps",
				item.getStepIds().isEmpty() ? List.of() : this.steps.rowsWithIds(item.getStepIds()));
		model.addAttribute("zone", this.clock.getZone());
		return "feedback/status";
	}

	/** One quarter of published summaries. */
	record Quarter(String code, List<Published> items) {
	}

	record Published(FeedbackItem item, List<StepRow> steps) {
	}

	@GetMapping("/public/you-said-we-did")
	@PreAuthorize("permitAll()")
	String youSaidWeDid(Locale locale, Model model) {
		ZoneId zone = this.clock.getZone();
		Map<String, List<Published>> quarters = new LinkedHashMap<>();
		for (FeedbackItem item : this.items.publishedItems()) {
			LocalDate received = LocalDate.ofInstant(item.getReceivedAt(), zone);
			String code = received.getYear() + "-Q" + ((received.getMonthValue() - 1) / 3 + 1);
			List<StepRow> linked = item.getStepIds().isEmpty() ? List.of() : this.steps.rowsWithIds(item.getStepIds());
			quarters.computeIfAbsent(code, (c) -> new ArrayList<>()).add(new Published(item, linked));
		}
		List<Quarter> list = new ArrayList<>();
		quarters.forEach((code, published) -> list.add(new Quarter(code, published)));
		model.addAttribute("quarters", list);
		model.addAttribute("lang", locale.getLanguage());
		return "public/you-said";
	}

}
