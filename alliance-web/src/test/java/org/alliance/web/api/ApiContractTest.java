package org.alliance.web.api;

import java.util.List;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.alliance.application.equity.IndicatorImport;
import org.alliance.application.equity.IndicatorService;
import org.alliance.application.token.AccessTokenService;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentEvent;
import org.alliance.domain.commitment.EventKind;
import org.alliance.domain.commitment.ShareTarget;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.PeriodType;
import org.alliance.domain.person.Person;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract of each resource: status codes and the JSON fields a client may rely on,
 * and the OpenAPI document, which must equal the committed docs/openapi.json so that a
 * change to the contract is always deliberate.
 */
class ApiContractTest extends WebTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	AccessTokenService tokens;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	IndicatorValueRepository values;

	@Autowired
	DimensionValueRepository groups;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	CommitmentEventRepository events;

	Person lead;

	Workgroup workgroup;

	Plan plan;

	Aim aim;

	ActionStep step;

	Indicator indicator;

	Commitment commitment;

	String token;

	@BeforeEach
	void world() {
		this.lead = this.fixtures.staff();
		this.workgroup = this.fixtures.workgroup(this.lead);
		this.plan = this.fixtures.plan();
		this.aim = this.fixtures.aim(this.plan, 1);
		this.step = this.fixtures.step(this.aim, this.workgroup, this.lead, LocalDate.now().plusDays(5));
		DimensionValue reference = this.groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.RACE_ETHNICITY)
			.get(0);
		this.indicator = this.indicators.save(new Indicator(new Indicator.Definition(Fixtures.unique("Indicator"), "",
				IndicatorKind.HOW_WELL, IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER, PeriodType.QUARTER,
				null, this.workgroup.getId()), Map.of(Dimension.RACE_ETHNICITY, reference.getId())));
		Commitment pledge = new Commitment("Contract pledge", "Someone", null, null);
		pledge.addTarget(new ShareTarget("women", 50));
		this.commitment = this.commitments.save(pledge);
		this.events.save(new CommitmentEvent(this.commitment, LocalDate.now(), "Panel", EventKind.PANEL, 4, List.of(2),
				null, Instant.now()));
		this.token = this.tokens.create(this.lead.getId(), "Contract", Scope.READ_WRITE, LocalDate.now().plusDays(2))
			.secret();
	}

	private JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
		String body = this.mvc.perform(request.header("Authorization", "Bearer " + this.token))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JSON.readTree(body);
	}

	private static Set<String> fields(JsonNode node) {
		Set<String> names = new TreeSet<>();
		Iterator<String> it = node.propertyNames().iterator();
		it.forEachRemaining(names::add);
		return names;
	}

	private static final Set<String> PAGE = Set.of("items", "page", "size", "totalItems", "totalPages", "links");

	private static final Set<String> STEP = Set.of("id", "title", "status", "percent", "startDate", "dueDate",
			"overdue", "lastUpdateAt", "weight", "planId", "aim", "workgroup", "assignee", "href");

	@Test
	void plansAndAims() throws Exception {
		JsonNode list = call(get("/api/v1/plans").param("size", "100"), 200);
		assertThat(fields(list)).containsExactlyInAnyOrderElementsOf(PAGE);
		assertThat(fields(list.get("items").get(0))).containsExactlyInAnyOrder("id", "name", "status", "startDate",
				"endDate", "href");
		JsonNode plan = call(get("/api/v1/plans/{id}", this.plan.getId()), 200);
		assertThat(fields(plan)).containsExactlyInAnyOrder("id", "name", "description", "status", "startDate",
				"endDate", "progress", "aims", "workgroups", "steps");
		assertThat(fields(plan.get("progress"))).containsExactlyInAnyOrder("percent", "stepsCounted", "totalWeight",
				"notApplicable", "withoutUpdate");
		assertThat(plan.get("aims").get(0).get("id").asLong()).isEqualTo(this.aim.getId());
		JsonNode aim = call(get("/api/v1/aims/{id}", this.aim.getId()), 200);
		assertThat(fields(aim)).containsExactlyInAnyOrder("id", "planId", "number", "title", "description", "progress",
				"plan", "steps");
		call(get("/api/v1/plans/{id}", 987_654_321L), 404);
		call(get("/api/v1/aims/{id}", 987_654_321L), 404);
	}

	@Test
	void actionSteps() throws Exception {
		JsonNode steps = call(get("/api/v1/plans/{id}/action-steps", this.plan.getId()), 200);
		assertThat(fields(steps)).containsExactlyInAnyOrderElementsOf(PAGE);
		assertThat(fields(steps.get("items").get(0))).containsExactlyInAnyOrderElementsOf(STEP);
		JsonNode step = call(get("/api/v1/action-steps/{id}", this.step.getId()), 200);
		assertThat(fields(step)).containsExactlyInAnyOrder("version", "description", "step", "history");
		JsonNode updated = call(post("/api/v1/action-steps/{id}/progress-updates", this.step.getId())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"IN_PROGRESS\",\"percent\":30,\"narrative\":\"n\",\"version\":"
					+ step.get("version").asLong() + "}"),
				201);
		assertThat(fields(updated.get("history").get(0))).containsExactlyInAnyOrder("id", "recordedAt", "author",
				"fromStatus", "toStatus", "fromPercent", "toPercent", "narrative");
		JsonNode conflict = call(post("/api/v1/action-steps/{id}/progress-updates", this.step.getId())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"IN_PROGRESS\",\"percent\":30,\"version\":" + step.get("version").asLong() + "}"),
				409);
		assertThat(fields(conflict)).contains("title", "status", "detail", "current");
	}

	@Test
	void workgroups() throws Exception {
		JsonNode list = call(get("/api/v1/workgroups").param("size", "100"), 200);
		assertThat(fields(list)).containsExactlyInAnyOrderElementsOf(PAGE);
		JsonNode workgroup = call(get("/api/v1/workgroups/{id}", this.workgroup.getId()), 200);
		assertThat(fields(workgroup)).containsExactlyInAnyOrder("id", "name", "charge", "progress", "members", "href");
		assertThat(fields(workgroup.get("members").get(0))).containsExactlyInAnyOrder("personId", "name", "role");
		call(get("/api/v1/workgroups/{id}", 987_654_321L), 404);
	}

	@Test
	void indicatorsTheirFiguresAndValuesSentWithTheImportsChecks() throws Exception {
		DimensionValue group = this.groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.RACE_ETHNICITY).get(1);
		DimensionValue reference = this.groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.RACE_ETHNICITY)
			.get(0);
		String rows = "{\"rows\":[" + row("2026-Q1", reference.getLabel(), 40, 100) + ","
				+ row("2026-Q1", group.getLabel(), 20, 100) + "," + row("2026-Q1", "Nobody at all", 1, 10) + ","
				+ row("2026-Q9", group.getLabel(), 5, 4) + "]}";
		JsonNode refused = call(
				post("/api/v1/indicators/{id}/values", this.indicator.getId()).contentType(MediaType.APPLICATION_JSON)
					.content(rows),
				422);
		assertThat(refused.get("errors")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(refused.get("errors").get(0).get("row").asLong()).isEqualTo(3);
		assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("group");
		assertThat(this.values.findByIndicator(this.indicator.getId())).as("all or nothing").isEmpty();

		String good = "{\"rows\":[" + row("2026-Q1", reference.getLabel(), 40, 100) + ","
				+ row("2026-Q1", group.getLabel(), 20, 100) + "," + row("2026-Q2", group.getLabel(), 2, 8) + "]}";
		JsonNode stored = call(
				post("/api/v1/indicators/{id}/values", this.indicator.getId()).contentType(MediaType.APPLICATION_JSON)
					.content(good),
				200);
		assertThat(stored.get("rows").asInt()).isEqualTo(3);
		assertThat(this.values.findByIndicator(this.indicator.getId())).hasSize(3);

		JsonNode list = call(get("/api/v1/indicators").param("size", "100"), 200);
		assertThat(fields(list)).containsExactlyInAnyOrderElementsOf(PAGE);
		JsonNode figures = call(get("/api/v1/indicators/{id}", this.indicator.getId()), 200);
		assertThat(fields(figures)).containsExactlyInAnyOrder("indicator", "dimension", "referenceGroup",
				"periodsInAll", "periods");
		JsonNode q1 = figures.get("periods").get(0);
		assertThat(q1.get("period").asString()).isEqualTo("2026-Q1");
		JsonNode q2 = figures.get("periods").get(1);
		// a group of 8 is below the small-cell threshold: its counts are not given
		JsonNode small = q2.get("groups").get(0);
		assertThat(small.get("suppressed").asBoolean()).isTrue();
		assertThat(small.get("numerator").isNull()).isTrue();
		assertThat(small.get("value").isNull()).isTrue();
		JsonNode shown = q1.get("groups")
			.findValues("group")
			.stream()
			.anyMatch((g) -> g.asString().equals(group.getLabel())) ? q1 : null;
		assertThat(shown).isNotNull();
		call(get("/api/v1/indicators/{id}", this.indicator.getId()).param("periods", "0"), 400);
		call(get("/api/v1/indicators/{id}", this.indicator.getId()).param("dimension", "GENDER"), 400);
	}

	private static String row(String period, String group, long numerator, long denominator) {
		return "{\"period\":\"" + period + "\",\"dimension\":\"RACE_ETHNICITY\",\"group\":\"" + group
				+ "\",\"numerator\":" + numerator + ",\"denominator\":" + denominator + "}";
	}

	@Test
	void commitmentsWithComplianceAndEvents() throws Exception {
		JsonNode list = call(get("/api/v1/commitments").param("size", "100"), 200);
		assertThat(fields(list)).containsExactlyInAnyOrderElementsOf(PAGE);
		JsonNode commitment = call(get("/api/v1/commitments/{id}", this.commitment.getId()), 200);
		assertThat(fields(commitment)).containsExactlyInAnyOrder("commitment", "linkedStepIds", "compliance", "events");
		assertThat(commitment.get("compliance").get("events").asInt()).isEqualTo(1);
		assertThat(commitment.get("compliance").get("met").asInt()).isEqualTo(1);
		JsonNode events = call(get("/api/v1/commitments/{id}/events", this.commitment.getId()), 200);
		assertThat(fields(events.get("items").get(0))).containsExactlyInAnyOrder("id", "date", "name", "kind", "total",
				"metEveryTarget", "targets");
		assertThat(events.get("items").get(0).get("targets").get(0).get("percent").asDouble()).isEqualTo(50.0);
		call(get("/api/v1/commitments/{id}", 987_654_321L), 404);
	}

	/**
	 * The generated OpenAPI document equals the committed one. After a deliberate change
	 * to the API, copy alliance-web/target/openapi.json to docs/openapi.json.
	 */
	@Test
	void theOpenApiDocumentIsTheCommittedOne() throws Exception {
		String generated = this.mvc.perform(get("/api/v1/openapi.json").header("Authorization", "Bearer " + this.token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.strip() + "\n";
		Files.writeString(Path.of("target", "openapi.json"), generated);
		Path committed = Path.of("..", "docs", "openapi.json");
		assertThat(committed).as("docs/openapi.json (copy it from alliance-web/target/openapi.json)").exists();
		assertThat(generated)
			.as("the API's contract changed: if deliberate, copy alliance-web/target/openapi.json"
					+ " to docs/openapi.json")
			.isEqualTo(Files.readString(committed));
		JsonNode document = JSON.readTree(generated);
		assertThat(document.get("openapi").asString()).startsWith("3.");
		assertThat(fields(document.get("paths"))).allMatch((p) -> p.startsWith("/api/v1/"))
			.contains("/api/v1/action-steps/{id}/progress-updates", "/api/v1/indicators/{id}/values");
		assertThat(IndicatorImport.MAX_ROWS).isPositive();
		assertThat(IndicatorService.MAX_VALUES).isPositive();
	}

}
