package org.alliance.web.equity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.equity.IndicatorService;
import org.alliance.domain.equity.Comparison;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.PeriodType;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.shared.FormSubmission;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators define indicators and add groups to the dimensions. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminIndicatorController {

	private final IndicatorService service;

	private final IndicatorViews groups;

	private final WorkgroupViews workgroups;

	AdminIndicatorController(IndicatorService service, IndicatorViews groups, WorkgroupViews workgroups) {
		this.service = service;
		this.groups = groups;
		this.workgroups = workgroups;
	}

	/** A new group of a dimension. */
	public record GroupForm(@NotNull(message = "{dimensionValue.dimension.invalid}") Dimension dimension,
			@NotBlank(message = "{dimensionValue.label.invalid}") @Size(max = DimensionValue.LABEL_MAX,
					message = "{dimensionValue.label.invalid}") String label) {
	}

	@GetMapping("/admin/indicators/new")
	String newIndicator(Model model) {
		model.addAttribute("indicatorForm", IndicatorForm.blank());
		return form(null, model);
	}

	@PostMapping("/admin/indicators")
	String create(@Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			Indicator indicator = this.service.create(form.draft());
			redirect.addFlashAttribute("flash", "indicator.created");
			return "redirect:/indicators/" + indicator.getId();
		}, () -> form(null, model));
	}

	@GetMapping("/admin/indicators/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("indicatorForm", IndicatorForm.from(this.service.indicator(id)));
		return form(id, model);
	}

	@PostMapping("/admin/indicators/{id}/edit")
	String revise(@PathVariable Long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Indicator current = this.service.indicator(id);
		return FormSubmission.handle(result, response, () -> {
			this.service.revise(id, form.version(), form.draft());
			redirect.addFlashAttribute("flash", "indicator.saved");
			return "redirect:/indicators/" + id;
		}, () -> {
			model.addAttribute("conflict", true);
			model.addAttribute("indicatorForm", form.withVersion(current.getVersion()));
			return form(id, model);
		}, () -> form(id, model));
	}

	@GetMapping("/admin/dimensions")
	String dimensions(Model model) {
		model.addAttribute("groupForm", new GroupForm(null, ""));
		return dimensionsPage(model);
	}

	@PostMapping("/admin/dimensions")
	String addGroup(@Valid @ModelAttribute("groupForm") GroupForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			this.service.addGroup(form.dimension(), form.label());
			redirect.addFlashAttribute("flash", "dimensionValue.added");
			return "redirect:/admin/dimensions";
		}, () -> dimensionsPage(model));
	}

	private String dimensionsPage(Model model) {
		model.addAttribute("groupsByDimension", byDimension(this.groups.groups()));
		model.addAttribute("dimensions", Dimension.values());
		return "admin/dimensions";
	}

	private String form(Long id, Model model) {
		model.addAttribute("indicatorId", id);
		model.addAttribute("kinds", IndicatorKind.values());
		model.addAttribute("units", IndicatorUnit.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("comparisons", Comparison.values());
		model.addAttribute("periodTypes", PeriodType.values());
		model.addAttribute("dimensions", Dimension.values());
		model.addAttribute("groupsByDimension", byDimension(this.groups.groups()));
		model.addAttribute("workgroups", this.workgroups.findAllByName());
		return "admin/indicator-form";
	}

	private static Map<Dimension, List<DimensionValue>> byDimension(List<DimensionValue> all) {
		Map<Dimension, List<DimensionValue>> map = new EnumMap<>(Dimension.class);
		for (Dimension d : Dimension.values()) {
			map.put(d, all.stream().filter((g) -> g.getDimension() == d).toList());
		}
		return map;
	}

}
