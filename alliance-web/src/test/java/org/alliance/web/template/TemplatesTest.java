package org.alliance.web.template;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliance.application.step.ChecklistService;
import org.alliance.application.step.RecordProgress;
import org.alliance.application.step.StepService;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.ChecklistItem;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.step.ChecklistItemRepository;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plan templates through the pages: importing (bad files refused whole with every
 * problem, changing nothing), exporting, a plan made from a selection holding exactly
 * what was ticked, renamed and dated, all or nothing; Spanish wording; a plan not
 * following later versions; a plan saved as a template without its people or history.
 */
class TemplatesTest extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AimRepository aims;

	@Autowired
	ActionStepRepository steps;

	@Autowired
	ChecklistItemRepository items;

	@Autowired
	WorkgroupRepository workgroups;

	@Autowired
	StepService stepService;

	@Autowired
	ChecklistService checklists;

	private Person admin;

	@BeforeEach
	void administrator() {
		this.admin = this.fixtures.person(SystemRole.ADMIN);
	}

	private static String key() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A template of two workgroups, two aims, four steps (one a checklist of three). */
	private static String template(String key, int version, String word) {
		return """
				{
				  "format": "alliance-plan-template/1", "key": "%1$s", "version": %2$d,
				  "name": {"en": "%3$s template", "es": "Plantilla %3$s"},
				  "description": {"en": "Made for a test"},
				  "workgroups": [
				    {"key": "wg-a", "name": {"en": "Outreach %1$s"}, "charge": {"en": "Reach people"}},
				    {"key": "wg-b", "name": {"en": "Figures %1$s"}, "charge": {"en": "Count"}}],
				  "aims": [
				    {"key": "aim-1", "title": {"en": "%3$s aim one", "es": "Objetivo uno %3$s"}, "steps": [
				      {"key": "s1", "title": {"en": "%3$s step one", "es": "Paso uno %3$s"}, "workgroup": "wg-a",
				       "startAfterDays": 0, "durationDays": 30},
				      {"key": "s2", "title": {"en": "%3$s step two"}, "workgroup": "wg-b", "startAfterDays": 14,
				       "durationDays": 60, "weight": 2},
				      {"key": "s3", "title": {"en": "%3$s checklist"}, "workgroup": "wg-a", "startAfterDays": 7,
				       "durationDays": 100, "checklist": [
				         {"key": "c1", "text": {"en": "%3$s item one"}}, {"key": "c2", "text": {"en": "%3$s item two"}},
				         {"key": "c3", "text": {"en": "%3$s item three"}}]}]},
				    {"key": "aim-2", "title": {"en": "%3$s aim two"}, "steps": [
				      {"key": "s4", "title": {"en": "%3$s step four"}, "workgroup": "wg-b", "startAfterDays": 0,
				       "durationDays": 10}]}],
				  "indicators": [{"key": "i1", "name": {"en": "%3$s %1$s indicator"}, "kind": "HOW_WELL",
				    "unit": "PERCENT", "direction": "HIGHER_IS_BETTER", "periodType": "QUARTER", "target": 80,
				    "breakdowns": [{"dimension": "RACE_ETHNICITY", "reference": "White"}]}],
				  "commitments": [{"key": "k1", "statement": {"en": "%3$s pledge %1$s"}, "madeBy": {"en": "Leaders"},
				    "targets": [{"measure": {"en": "women"}, "minimumPercent": 50}]}]
				}
				""".formatted(key, version, word);
	}

	private MvcResult importing(byte[] file, Person person) throws Exception {
		return this.mvc
			.perform(multipart("/admin/templates/import")
				.file(new MockMultipartFile("file", "template.json", "application/json", file))
				.with(csrf())
				.with(as(person)))
			.andReturn();
	}

	private String imported(String json) throws Exception {
		MvcResult result = importing(json.getBytes(StandardCharsets.UTF_8), this.admin);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	@Test
	void badFilesAreRefusedWholeWithEveryProblemAndChangeNothing() throws Exception {
		String good = template(key(), 1, "Bad");
		int before = count("plan_template");
		Map<String, List<String>> cases = Map.of(
				good.replace("\"durationDays\": 30}", "\"durationDays\": 30, \"owner\": \"Ann\"}"),
				List.of("aims[0].steps[0].owner", "Unknown field &quot;owner&quot;"),
				good.replace("\"name\": {\"en\": \"Outreach", "\"title\": {\"en\": \"Outreach"),
				List.of("workgroups[0].name", "Required, and missing.", "workgroups[0].title"),
				"[".repeat(3000) + "]".repeat(3000), List.of("nested more than 12 levels"),
				good + " ".repeat(300 * 1024), List.of("larger than 256 KB"), "{\"format\": \"alliance",
				List.of("This is not valid JSON."));
		for (Map.Entry<String, List<String>> bad : cases.entrySet()) {
			MvcResult result = importing(bad.getKey().getBytes(StandardCharsets.UTF_8), this.admin);
			String page = result.getResponse().getContentAsString();
			assertThat(result.getResponse().getStatus()).isEqualTo(422);
			assertThat(page).contains("The file was not imported", "Nothing was changed");
			bad.getValue().forEach((expected) -> assertThat(page).contains(expected));
		}
		// no file at all
		MvcResult none = this.mvc.perform(post("/admin/templates/import").with(csrf()).with(as(this.admin)))
			.andReturn();
		assertThat(none.getResponse().getStatus()).isEqualTo(422);
		assertThat(none.getResponse().getContentAsString()).contains("Choose a file to import.");
		assertThat(count("plan_template")).isEqualTo(before);
	}

	@Test
	void aGoodFileIsImportedListedAndExportedAndAVersionNeverChanges() throws Exception {
		String key = key();
		String json = template(key, 1, "Listed");
		assertThat(imported(json)).isEqualTo("/admin/templates/" + key + "/1");
		assertThat(page("/admin/templates", this.admin)).contains("Listed template", key, "Imported",
				"2 aims, 4 steps, 2 workgroups, 1 indicator, 1 commitment");
		assertThat(page("/admin/templates/" + key + "/1", this.admin)).contains("Listed step one", "Listed item two",
				"Starts 14 days after the plan, lasts 60 days");
		byte[] exported = this.mvc.perform(get("/admin/templates/" + key + "/1/export").with(as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		int before = count("plan_template");
		// the same version again is refused; the exported file is the same template
		MvcResult again = importing(exported, this.admin);
		assertThat(again.getResponse().getStatus()).isEqualTo(422);
		assertThat(again.getResponse().getContentAsString()).contains("Version 1 of &quot;" + key);
		assertThat(count("plan_template")).isEqualTo(before);
		// a higher version is another template; both stay
		imported(new String(exported, StandardCharsets.UTF_8).replaceFirst("\"version\"\\s*:\\s*1", "\"version\": 2"));
		assertThat(page("/admin/templates", this.admin)).contains("/admin/templates/" + key + "/1",
				"/admin/templates/" + key + "/2");
		String schema = this.mvc.perform(get("/admin/templates/schema.json").with(as(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(schema).contains("\"$schema\"", "additionalProperties", "startAfterDays");
	}

	/** The new-plan form as a browser sends it: everything ticked unless removed. */
	private MockHttpServletRequestBuilder newPlan(String key, int version, List<String> keys, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("language", "en");
		values.put("name", "Plan " + key);
		values.put("description", "");
		values.put("startDate", "2027-03-01");
		values.put("endDate", "2028-03-01");
		values.put("firstLeadId", this.admin.getId().toString());
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/templates/" + key + "/" + version + "/new-plan")
			.with(csrf())
			.with(as(this.admin));
		for (Map.Entry<String, String> value : values.entrySet()) {
			request = request.param(value.getKey(), value.getValue());
		}
		for (String k : keys) {
			request = request.param("include", k);
		}
		return request;
	}

	private Long planCreated(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/plans/");
		return Long.valueOf(location.substring("/plans/".length()));
	}

	private List<String> stepsOf(Long planId) {
		List<Aim> planAims = this.aims.findByPlanIdOrderByNumberAsc(planId);
		List<String> lines = new ArrayList<>();
		for (ActionStep step : this.steps.findByAimIdInOrderByIdAsc(planAims.stream().map(Aim::getId).toList())) {
			Aim aim = planAims.stream().filter((a) -> a.getId().equals(step.getAimId())).findFirst().orElseThrow();
			Workgroup workgroup = this.workgroups.findById(step.getWorkgroupId()).orElseThrow();
			lines.add(aim.getNumber() + " " + step.getTitle() + " | " + step.getStartDate() + " to " + step.getDueDate()
					+ " | " + workgroup.getName() + " | weight " + step.getWeight());
		}
		return lines;
	}

	@Test
	void aPlanMadeFromASelectionHoldsExactlyWhatWasTickedRenamedAndDated() throws Exception {
		String key = key();
		imported(template(key, 1, "Chosen"));
		Workgroup existing = this.fixtures.workgroup(this.fixtures.staff());
		String newName = "New outreach " + key;
		// aim 2 unticked (its step goes with it), item two unticked, step one renamed
		List<String> ticked = List.of("aim-1", "s1", "s2", "s3", "c1", "c3", "s4", "i1", "k1");
		Long planId = planCreated(this.mvc
			.perform(newPlan(key, 1, ticked, "title.s1", "Renamed first step", "owner.wg-a", "new", "newName.wg-a",
					newName, "owner.wg-b", existing.getId().toString()))
			.andReturn());
		assertThat(this.aims.findByPlanIdOrderByNumberAsc(planId)).extracting((a) -> a.getNumber() + " " + a.getTitle())
			.containsExactly("1 Chosen aim one");
		assertThat(stepsOf(planId)).containsExactly(
				"1 Renamed first step | 2027-03-01 to 2027-03-31 | " + newName + " | weight 1",
				"1 Chosen step two | 2027-03-15 to 2027-05-14 | " + existing.getName() + " | weight 2",
				"1 Chosen checklist | 2027-03-08 to 2027-06-16 | " + newName + " | weight 1");
		Workgroup created = this.workgroups.findAll()
			.stream()
			.filter((w) -> w.getName().equals(newName))
			.findFirst()
			.orElseThrow();
		assertThat(this.workgroups.roleOf(created.getId(), this.admin.getId())).contains(WorkgroupRole.LEAD);
		assertThat(this.workgroups.findAll()).noneMatch((w) -> w.getName().equals("Figures " + key));
		ActionStep checklist = this.steps
			.findByAimIdInOrderByIdAsc(List.of(this.aims.findByPlanIdOrderByNumberAsc(planId).get(0).getId()))
			.get(2);
		assertThat(this.items.findByStepIdOrderByPositionAsc(checklist.getId())).extracting((i) -> i.getText())
			.containsExactly("Chosen item one", "Chosen item three");
		assertThat(count("indicator where name = 'Chosen " + key + " indicator'")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("""
				select t.minimum_percent from commitment c join commitment_target t on t.commitment_id = c.id
				 where c.statement = ?""", Integer.class, "Chosen pledge " + key)).isEqualTo(50);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'Plan' and entity_id = ? and summary = ?",
				Integer.class, planId, "Plan created from template"))
			.isEqualTo(1);
		assertThat(page("/plans/" + planId, this.admin)).contains("Renamed first step", "31 Mar 2027", newName);
	}

	@Test
	void aProblemInTheSelectionCreatesNothingAndKeepsWhatWasTyped() throws Exception {
		String key = key();
		imported(template(key, 1, "Refused"));
		Workgroup existing = this.fixtures.workgroup(this.fixtures.staff());
		List<String> tables = List.of("plan", "aim", "action_step", "workgroup", "checklist_item", "indicator",
				"commitment");
		List<Integer> before = tables.stream().map(this::count).toList();
		String page = refused(newPlan(key, 1, List.of("aim-1", "s1", "s2", "s3", "c1", "i1", "k1"), "title.s2", " ",
				"title.s1", "My <own> wording", "owner.wg-a", "new", "newName.wg-a", existing.getName(), "owner.wg-b",
				"new", "newName.wg-b", "Figures " + key, "endDate", "2027-01-01"));
		assertThat(page).contains("Nothing was created", "A workgroup named &quot;" + existing.getName(),
				"Write the wording, in at most 300 characters, or untick the item.",
				"Enter the day the plan ends, after it starts.", "value=\"My &lt;own&gt; wording\"");
		assertThat(tables.stream().map(this::count).toList()).isEqualTo(before);
	}

	@Test
	void theSpanishWordingMakesASpanishPlan() throws Exception {
		String form = page("/admin/templates/five-equity-aims/1/new-plan?in=es", this.admin);
		assertThat(form).contains("Comprender cómo la inequidad y la exclusión afectan la salud mental y el bienestar",
				"Responder a los llamamientos a la acción para proveedores y organizaciones");
		List<String> keys = new ArrayList<>();
		for (String k : form.split("name=\"include\"")) {
			int at = k.indexOf("value=\"");
			if (k.startsWith(" id=\"include-") && at >= 0) {
				keys.add(k.substring(at + 7, k.indexOf('"', at + 7)));
			}
		}
		assertThat(keys).contains("aim-understand", "provider-calls", "provider-calls-languages", "panel-diversity");
		String tag = key();
		MockHttpServletRequestBuilder request = newPlan("five-equity-aims", 1, keys, "language", "es");
		for (String wg : List.of("education", "data", "assessment", "impact")) {
			request = request.param("owner." + wg, "new").param("newName." + wg, wg + " " + tag);
		}
		Long planId = planCreated(this.mvc.perform(request).andReturn());
		assertThat(this.aims.findByPlanIdOrderByNumberAsc(planId)).extracting(Aim::getTitle)
			.startsWith("Comprender cómo la inequidad y la exclusión afectan la salud mental y el bienestar")
			.hasSize(5);
		assertThat(stepsOf(planId)).anyMatch((s) -> s.startsWith(
				"3 Responder a los llamamientos a la acción para proveedores y organizaciones | 2027-03-31 to 2028-03-30"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from commitment where statement like 'Participar solo en paneles%'", Integer.class))
			.isPositive();
	}

	@Test
	void aPlanDoesNotChangeWhenItsTemplateLaterDoes() throws Exception {
		String key = key();
		imported(template(key, 1, "First"));
		List<String> all = List.of("aim-1", "s1", "s2", "s3", "c1", "c2", "c3", "aim-2", "s4");
		Long planId = planCreated(this.mvc
			.perform(newPlan(key, 1, all, "owner.wg-a", "new", "newName.wg-a", "A " + key, "owner.wg-b", "new",
					"newName.wg-b", "B " + key))
			.andReturn());
		List<String> made = stepsOf(planId);
		imported(template(key, 2, "Second"));
		assertThat(stepsOf(planId)).isEqualTo(made).allMatch((s) -> s.contains("First"));
		assertThat(page("/admin/templates/" + key + "/1", this.admin)).contains("First step one")
			.doesNotContain("Second");
	}

	@Test
	void aPlanSavedAsATemplateKeepsItsStructureButNoPeopleOrHistory() throws Exception {
		Person member = this.fixtures.staff();
		Person lead = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead, member);
		Plan plan = this.fixtures.plan();
		Aim aim = this.fixtures.aim(plan, 1);
		ActionStep step = this.fixtures.step(aim, workgroup, member, plan.getStartDate().plusDays(40));
		this.stepService.recordProgress(new RecordProgress(step.getId(), this.fixtures.reload(step).getVersion(),
				StepStatus.IN_PROGRESS, 30, "A private narrative", member.getId()));
		ActionStep checklist = this.fixtures.step(aim, workgroup);
		ChecklistItem item = this.checklists.add(checklist.getId(), "Translate the leaflets", lead.getId());
		this.checklists.tick(checklist.getId(), item.getId(),
				this.items.findById(item.getId()).orElseThrow().getVersion(), member.getId(), LocalDate.now(),
				"A private note");
		String key = key();
		MvcResult saved = this.mvc
			.perform(post("/admin/plans/" + plan.getId() + "/save-as-template").with(csrf())
				.with(as(this.admin))
				.param("key", key)
				.param("name", "Saved " + key)
				.param("language", "en"))
			.andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/templates/" + key + "/1");
		String file = this.mvc.perform(get("/admin/templates/" + key + "/1/export").with(as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(file).contains(aim.getTitle(), step.getTitle(), checklist.getTitle(), "Translate the leaflets",
				workgroup.getName(), "\"startAfterDays\"");
		for (String secret : List.of("A private narrative", "A private note", member.getEmail(),
				member.getDisplayName(), lead.getEmail(), "\"percent\"")) {
			assertThat(file).doesNotContain(secret);
		}
		// refused key and name are shown again with what was typed
		String refused = refused(post("/admin/plans/" + plan.getId() + "/save-as-template").with(csrf())
			.with(as(this.admin))
			.param("key", "Not A Key")
			.param("name", ""));
		assertThat(refused).contains("value=\"Not A Key\"", "Give a key of lower-case letters");
	}

	@Test
	void templatesAreEscapedAndNeedTheCsrfToken() throws Exception {
		String key = key();
		String hostile = template(key, 1, "Evil").replace("\"Evil template\"", "\"<script>alert(1)</script>\"")
			.replace("\"Evil step one\"", "\"<img src=x onerror=alert(2)>\"");
		int before = count("plan_template");
		MvcResult forged = this.mvc
			.perform(multipart("/admin/templates/import").file(new MockMultipartFile("file", "t.json",
					"application/json", hostile.getBytes(StandardCharsets.UTF_8)))
				.with(as(this.admin)))
			.andReturn();
		assertThat(forged.getResponse().getStatus()).isEqualTo(403);
		assertThat(count("plan_template")).isEqualTo(before);
		imported(hostile);
		for (String path : List.of("/admin/templates", "/admin/templates/" + key + "/1",
				"/admin/templates/" + key + "/1/new-plan")) {
			String page = page(path, this.admin);
			assertThat(page).doesNotContain("<script>alert(1)", "<img src=x")
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
			if (!path.equals("/admin/templates")) {
				assertThat(page).contains("&lt;img src=x onerror=alert(2)&gt;");
			}
		}
		// a plan made from it keeps the text as text
		Long planId = planCreated(this.mvc
			.perform(newPlan(key, 1, List.of("aim-1", "s1"), "owner.wg-a", "new", "newName.wg-a", "Evil " + key))
			.andReturn());
		assertThat(page("/plans/" + planId, this.admin)).contains("&lt;img src=x onerror=alert(2)&gt;")
			.doesNotContain("<img src=x");
	}

}
