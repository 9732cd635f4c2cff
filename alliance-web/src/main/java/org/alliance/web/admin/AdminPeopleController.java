package org.alliance.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.alliance.application.person.PersonService;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.workgroup.Membership;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.application.person.PeopleQueries;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;
import org.alliance.web.shared.SortLinks;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators manage people and their accounts. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPeopleController {

	private final PersonService service;

	private final PeopleViews people;

	private final WorkgroupViews workgroups;

	private final ProgressQueries progress;

	private final PeopleQueries list;

	AdminPeopleController(PersonService service, PeopleViews people, WorkgroupViews workgroups,
			ProgressQueries progress, PeopleQueries list) {
		this.list = list;
		this.service = service;
		this.people = people;
		this.workgroups = workgroups;
		this.progress = progress;
	}

	/**
	 * The administrators' home: what needs their attention (staff in no workgroup,
	 * workgroups without a lead who can sign in) and every plan with its number of steps.
	 */
	@GetMapping("/admin")
	String index(Model model) {
		List<Workgroup> all = this.workgroups.findAllWithMembers();
		Set<Long> placed = all.stream()
			.flatMap((w) -> w.getMemberships().stream())
			.map(Membership::getPersonId)
			.collect(Collectors.toSet());
		List<Person> everyone = this.people.findAllByOrderByDisplayNameAsc();
		Set<Long> enabled = everyone.stream().filter(Person::isEnabled).map(Person::getId).collect(Collectors.toSet());
		model.addAttribute("unplaced",
				everyone.stream()
					.filter((p) -> p.isEnabled() && p.getRole() == SystemRole.STAFF && !placed.contains(p.getId()))
					.toList());
		// a lead whose account is disabled leads nobody
		model.addAttribute("leaderless",
				all.stream()
					.filter((w) -> w.getMemberships()
						.stream()
						.noneMatch((m) -> m.getRole() == WorkgroupRole.LEAD && enabled.contains(m.getPersonId())))
					.toList());
		model.addAttribute("choices", this.progress.choices());
		return "admin/index";
	}

	static final int PAGE_SIZE = 50;

	/**
	 * Everyone, a page at a time: filtered by system role, workgroup and account status,
	 * sorted by a column, with the workgroups each person leads and belongs to.
	 */
	@GetMapping("/admin/people")
	String list(@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable Long workgroup,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "sort", required = false) @Nullable String sortBy,
			@RequestParam(name = "dir", required = false) @Nullable String direction,
			@RequestParam(defaultValue = "0") int page, Model model) {
		SystemRole chosenRole = Arrays.stream(SystemRole.values())
			.filter((r) -> r.name().equals(role))
			.findFirst()
			.orElse(null);
		Boolean enabled = "enabled".equals(status) ? Boolean.TRUE : "disabled".equals(status) ? Boolean.FALSE : null;
		PeopleQueries.Filter filter = new PeopleQueries.Filter(chosenRole, workgroup, enabled);
		PeopleQueries.Sort sort = PeopleQueries.Sort.of(sortBy, direction);
		long total = this.list.count(filter);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		model.addAttribute("people", this.list.page(filter, sort, current * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("total", total);
		model.addAttribute("filter", filter);
		model.addAttribute("status", (enabled == null) ? null : status);
		model.addAttribute("roles", SystemRole.values());
		model.addAttribute("workgroups", this.workgroups.findAllByName());
		model.addAttribute("sort", sort);
		String filtered = UriComponentsBuilder.fromPath("/admin/people")
			.queryParamIfPresent("role", Optional.ofNullable(chosenRole))
			.queryParamIfPresent("workgroup", Optional.ofNullable(workgroup))
			.queryParamIfPresent("status", Optional.ofNullable((enabled == null) ? null : status))
			.build()
			.toUriString();
		model.addAttribute("sortBase", SortLinks.sortBase(filtered));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("pageUrl",
				SortLinks.pageBase(filtered, sort.by().name(), sort.descending(), sort.isDefault()));
		return "admin/people";
	}

	@GetMapping("/admin/people/new")
	String newPerson(Model model) {
		model.addAttribute("personForm", PersonForm.blank());
		model.addAttribute("roles", SystemRole.values());
		return "admin/person-form";
	}

	@PostMapping("/admin/people")
	String create(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.handle(result, response, () -> {
			Person person = this.service.create(form.command());
			redirect.addFlashAttribute("flash", "person.created");
			return "redirect:/admin/people/" + person.getId();
		}, () -> {
			model.addAttribute("roles", SystemRole.values());
			return "admin/person-form";
		});
	}

	@GetMapping("/admin/people/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("person", this.service.load(id));
		model.addAttribute("roles", SystemRole.values());
		return "admin/person";
	}

	@PostMapping("/admin/people/{id}/role")
	String changeRole(@PathVariable Long id, @RequestParam SystemRole role, @AuthenticationPrincipal AllianceUser me,
			RedirectAttributes redirect) {
		return apply(id, redirect, "person.role.changed", () -> this.service.changeRole(id, role, me.personId()));
	}

	@PostMapping("/admin/people/{id}/disable")
	String disable(@PathVariable Long id, @AuthenticationPrincipal AllianceUser me, RedirectAttributes redirect) {
		return apply(id, redirect, "person.disabled", () -> this.service.setEnabled(id, false, me.personId()));
	}

	@PostMapping("/admin/people/{id}/enable")
	String enable(@PathVariable Long id, @AuthenticationPrincipal AllianceUser me, RedirectAttributes redirect) {
		return apply(id, redirect, "person.enabled", () -> this.service.setEnabled(id, true, me.personId()));
	}

	@PostMapping("/admin/people/{id}/password")
	String resetPassword(@PathVariable Long id, @RequestParam(required = false) String newPassword,
			RedirectAttributes redirect) {
		return apply(id, redirect, "person.password.reset", () -> this.service.resetPassword(id, newPassword));
	}

	private String apply(Long id, RedirectAttributes redirect, String success, Runnable action) {
		this.service.load(id);
		FormSubmission.button(redirect, success, null, action);
		return "redirect:/admin/people/" + id;
	}

}
