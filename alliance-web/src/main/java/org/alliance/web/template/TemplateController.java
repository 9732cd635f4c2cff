package org.alliance.web.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.plan.PlanService;
import org.alliance.application.template.PlanChoice;
import org.alliance.application.template.TemplateEntry;
import org.alliance.application.template.TemplateFormat;
import org.alliance.application.template.TemplateProblem;
import org.alliance.application.template.TemplateProblemsException;
import org.alliance.application.template.TemplateService;
import org.alliance.domain.person.Person;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.template.Text;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.shared.FormSubmission;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' plan templates: list, import, export, a new plan from a selection of a
 * template's items, and a plan saved as a template.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TemplateController {

	private final TemplateService service;

	private final TemplateFormat format;

	private final PlanService plans;

	private final PeopleViews people;

	private final WorkgroupViews workgroups;

	private final Clock clock;

	TemplateController(TemplateService service, TemplateFormat format, PlanService plans, PeopleViews people,
			WorkgroupViews workgroups, Clock clock) {
		this.service = service;
		this.format = format;
		this.plans = plans;
		this.people = people;
		this.workgroups = workgroups;
		this.clock = clock;
	}

	@GetMapping("/admin/templates")
	String list(Model model) {
		model.addAttribute("templates", this.service.list());
		model.addAttribute("language", language());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		return "templates/list";
	}

	/** Stores the template a file holds; a file with any problem changes nothing. */
	@PostMapping("/admin/templates/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal AllianceUser me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.attempt(response, TemplateProblemsException.class, () -> {
			if (file == null || file.isEmpty()) {
				throw new TemplateProblemsException(List.of(TemplateProblem.of("", "file.missing")));
			}
			TemplateEntry entry = this.service.importFile(bytes(file), me.personId());
			redirect.addFlashAttribute("flash", "templates.imported");
			return "redirect:/admin/templates/" + entry.key() + "/" + entry.version();
		}, (ex) -> {
			model.addAttribute("problems", ex.problems());
			model.addAttribute("filename", (file != null) ? file.getOriginalFilename() : null);
			return list(model);
		});
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The JSON Schema of template files. */
	@GetMapping(path = "/admin/templates/schema.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> schema() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.format.schema().toPrettyString());
	}

	@GetMapping("/admin/templates/{key}/{version}")
	String show(@PathVariable String key, @PathVariable int version, Model model) {
		model.addAttribute("entry", this.service.template(key, version));
		model.addAttribute("language", language());
		return "templates/show";
	}

	/** The template's file, to keep, share or import elsewhere. */
	@GetMapping("/admin/templates/{key}/{version}/export")
	ResponseEntity<byte[]> export(@PathVariable String key, @PathVariable int version) {
		byte[] file = this.service.export(key, version);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(key + "-v" + version + ".json", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file);
	}

	@GetMapping("/admin/templates/{key}/{version}/new-plan")
	String newPlan(@PathVariable String key, @PathVariable int version,
			@RequestParam(name = "in", required = false) @Nullable String in, @AuthenticationPrincipal AllianceUser me,
			Model model) {
		TemplateEntry entry = this.service.template(key, version);
		String lang = Text.isLanguage(in) ? in : language();
		LocalDate start = LocalDate.now(this.clock).withDayOfMonth(1).plusMonths(1);
		PlanChoice choice = PlanChoice.everything(entry.template(), lang, start, this.service.workgroupsByName(),
				me.personId());
		return planForm(entry, choice, Map.of(), model);
	}

	/** Creates the plan, all of it or (with any problem) nothing. */
	@PostMapping("/admin/templates/{key}/{version}/new-plan")
	String createPlan(@PathVariable String key, @PathVariable int version,
			@RequestParam MultiValueMap<String, String> params, @AuthenticationPrincipal AllianceUser me, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TemplateEntry entry = this.service.template(key, version);
		PlanChoice choice = choice(params);
		return FormSubmission.attempt(response, TemplateProblemsException.class, () -> {
			Plan plan = this.service.createPlan(key, version, choice, me.personId());
			redirect.addFlashAttribute("flash", "templates.planCreated");
			return "redirect:/plans/" + plan.getId();
		}, (ex) -> planForm(entry, choice, byField(ex), model));
	}

	private String planForm(TemplateEntry entry, PlanChoice choice, Map<String, TemplateProblem> problems,
			Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("t", entry.template());
		model.addAttribute("choice", choice);
		model.addAttribute("problems", problems);
		model.addAttribute("lang", choice.language());
		model.addAttribute("workgroups", this.workgroups.findAllWithMembers());
		model.addAttribute("people",
				this.people.findAllByOrderByDisplayNameAsc().stream().filter(Person::isEnabled).toList());
		return "templates/new-plan";
	}

	/** What the form sent, read leniently: a date that is not one is missing. */
	static PlanChoice choice(MultiValueMap<String, String> params) {
		Set<String> included = new LinkedHashSet<>();
		List<String> ticked = params.get("include");
		if (ticked != null) {
			included.addAll(ticked);
		}
		Map<String, String> titles = new HashMap<>();
		Map<String, String> owners = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		params.forEach((name, values) -> {
			String value = values.isEmpty() ? "" : values.get(0);
			if (name.startsWith("title.")) {
				titles.put(name.substring(6), value);
			}
			else if (name.startsWith("owner.")) {
				owners.put(name.substring(6), value);
			}
			else if (name.startsWith("newName.")) {
				names.put(name.substring(8), value);
			}
		});
		String lang = params.getFirst("language");
		return new PlanChoice(Text.isLanguage(lang) ? lang : "en", text(params, "name"), text(params, "description"),
				date(params.getFirst("startDate")), date(params.getFirst("endDate")), included, titles, owners, names,
				number(params.getFirst("firstLeadId")));
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value != null) ? value : "";
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		try {
			return (value == null || value.isBlank()) ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable Long number(@Nullable String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@GetMapping("/admin/plans/{id}/save-as-template")
	String saveForm(@PathVariable Long id, Model model) {
		Plan plan = this.plans.plan(id);
		String key = slug(plan.getName());
		return saveForm(plan, key, plan.getName(), language(), Map.of(), model);
	}

	@PostMapping("/admin/plans/{id}/save-as-template")
	String save(@PathVariable Long id, @RequestParam(required = false) @Nullable String key,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String language, @AuthenticationPrincipal AllianceUser me,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Plan plan = this.plans.plan(id);
		String lang = Text.isLanguage(language) ? language : "en";
		return FormSubmission.attempt(response, TemplateProblemsException.class, () -> {
			TemplateEntry entry = this.service.saveFromPlan(id, (key != null) ? key : "", (name != null) ? name : "",
					lang, me.personId());
			redirect.addFlashAttribute("flash", "templates.saved");
			return "redirect:/admin/templates/" + entry.key() + "/" + entry.version();
		}, (ex) -> saveForm(plan, (key != null) ? key : "", (name != null) ? name : "", lang, byField(ex), model));
	}

	private String saveForm(Plan plan, String key, String name, String lang, Map<String, TemplateProblem> problems,
			Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("key", key);
		model.addAttribute("name", name);
		model.addAttribute("lang", lang);
		model.addAttribute("problems", problems);
		return "templates/save";
	}

	/** The first problem of each field, for showing beside it. */
	private static Map<String, TemplateProblem> byField(TemplateProblemsException ex) {
		Map<String, TemplateProblem> byField = new LinkedHashMap<>();
		ex.problems().forEach((p) -> byField.putIfAbsent(p.path(), p));
		return byField;
	}

	/** A template key made from a name: lower-case letters, digits and hyphens. */
	static String slug(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		if (slug.isEmpty()) {
			slug = "plan";
		}
		return (slug.length() > 60) ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
	}

	private static String language() {
		String lang = LocaleContextHolder.getLocale().getLanguage();
		return Text.isLanguage(lang) ? lang : "en";
	}

}
