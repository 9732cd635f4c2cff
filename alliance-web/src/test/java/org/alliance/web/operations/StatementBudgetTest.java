package org.alliance.web.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alliance.application.token.AccessTokenService;
import org.alliance.persistence.testsupport.TestDatabase;
import org.alliance.application.token.AccessTokenStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each main page costs in SQL statements, on a real instance holding the demo plan
 * and the generated large plan (20,000 steps, 200,000 updates): at most 10 per request,
 * also on the first request after a change (nothing cached), and the same for the demo
 * plan as for the large one, so no page issues a statement per row; an accepted progress
 * update at most 12, also the same for both plans. Counts, not times: speed is shown by
 * {@code scripts/bench}.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "alliance.demo.enabled=true",
		"alliance.large-plan.enabled=true", "alliance.diagnostics.sql-count=true" })
class StatementBudgetTest {

	static final int BUDGET = 10;

	static final int UPDATE_BUDGET = 12;

	/**
	 * An API request: the pages' budget plus the allowances shared by every instance (a
	 * select for update and an update for the address's bucket and the token's: 4).
	 */
	static final int API_BUDGET = BUDGET + 4;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, "statement_budget_test");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMainPageStaysWithinTheBudgetAndCostsTheSameForTheDemoAndTheLargePlan() throws Exception {
		long demoPlan = this.jdbc.queryForObject("select min(id) from plan where name <> 'Bench Plan'", Long.class);
		long largePlan = this.jdbc.queryForObject("select id from plan where name = 'Bench Plan'", Long.class);
		HttpSession director = signedIn("director@example.org");
		Map<String, Integer> demo = costs(director, signedIn("member@example.org"), "member@example.org", demoPlan);
		Map<String, Integer> large = costs(director, signedIn("bench51@example.org"), "bench51@example.org", largePlan);
		assertThat(demo.values()).as("statements per request, demo plan %s", demo).allMatch((n) -> n <= BUDGET);
		assertThat(large.values()).as("statements per request, large plan %s", large).allMatch((n) -> n <= BUDGET);
		assertThat(large).as("the large plan costs what the demo plan costs").isEqualTo(demo);
		assertThat(demo.get("dashboard, cached")).as("a cached dashboard: session and data version")
			.isLessThan(demo.get("dashboard, after a change"));
	}

	/** At most this many statements for a public page (issue 21). */
	static final int PUBLIC_BUDGET = 3;

	@Test
	void aPublicPageCostsAtMostThreeStatementsForAnyone() throws Exception {
		HttpSession visitor = new HttpSession();
		for (String path : new String[] { "/public/plans/equity-and-inclusion-plan",
				"/public/plans/equity-and-inclusion-plan?lang=es", "/public" }) {
			changeSomething();
			assertThat(visitor.statements(this.port, path)).as(path).isLessThanOrEqualTo(PUBLIC_BUDGET);
			assertThat(visitor.statements(this.port, path)).as(path + ", again").isLessThanOrEqualTo(PUBLIC_BUDGET);
		}
	}

	@Test
	void anAcceptedProgressUpdateCostsAtMostTwelveStatementsWhateverThePlanSize() throws Exception {
		long demoPlan = this.jdbc.queryForObject("select min(id) from plan where name <> 'Bench Plan'", Long.class);
		long largePlan = this.jdbc.queryForObject("select id from plan where name = 'Bench Plan'", Long.class);
		int demo = acceptedUpdate(signedIn("member@example.org"), "member@example.org", demoPlan);
		int large = acceptedUpdate(signedIn("bench52@example.org"), "bench52@example.org", largePlan);
		assertThat(demo).as("statements of an accepted update, demo plan").isLessThanOrEqualTo(UPDATE_BUDGET);
		assertThat(large).as("statements of an accepted update, large plan").isEqualTo(demo);
	}

	private int acceptedUpdate(HttpSession member, String memberEmail, long plan) throws Exception {
		long step = this.jdbc.queryForObject("select min(s.id) from action_step s"
				+ " join workgroup_membership m on m.workgroup_id = s.workgroup_id"
				+ " join person p on p.id = m.person_id where s.plan_id = ? and p.email = ?"
				+ " and s.status not in ('COMPLETED', 'NOT_APPLICABLE')", Long.class, plan, memberEmail);
		long version = this.jdbc.queryForObject("select version from action_step where id = ?", Long.class, step);
		String page = "/action-steps/" + step;
		// the session's access is recorded once a minute (ADR 5): a read takes it first
		member.get(this.port, page);
		return member.postStatements(this.port, page, page + "/updates",
				"status=IN_PROGRESS&percent=40&narrative=budget&version=" + version);
	}

	/** Each page after a change (nothing cached) and once more (cached). */
	private Map<String, Integer> costs(HttpSession director, HttpSession member, String memberEmail, long plan)
			throws Exception {
		long step = this.jdbc.queryForObject(
				"select min(s.id) from action_step s join aim a on a.id = s.aim_id"
						+ " join workgroup_membership m on m.workgroup_id = s.workgroup_id"
						+ " join person p on p.id = m.person_id where a.plan_id = ? and p.email = ?",
				Long.class, plan, memberEmail);
		Map<String, Integer> costs = new LinkedHashMap<>();
		measure(costs, "dashboard", director, "/dashboard?plan=" + plan);
		measure(costs, "plan page", director, "/plans/" + plan);
		measure(costs, "my action steps", member, "/my-steps");
		measure(costs, "action step page", member, "/action-steps/" + step);
		return costs;
	}

	private void measure(Map<String, Integer> costs, String page, HttpSession session, String path) throws Exception {
		changeSomething();
		costs.put(page + ", after a change", session.statements(this.port, path));
		costs.put(page + ", cached", session.statements(this.port, path));
	}

	@Autowired
	AccessTokenService tokens;

	private final HttpClient client = HttpClient.newHttpClient();

	/**
	 * The API's reads and a progress update through it cost the same for the demo plan
	 * and the large plan, within the pages' budgets (issue 19).
	 */
	@Test
	void apiRequestsCostTheSameWhateverThePlanSize() throws Exception {
		long demoPlan = this.jdbc.queryForObject("select min(id) from plan where name <> 'Bench Plan'", Long.class);
		long largePlan = this.jdbc.queryForObject("select id from plan where name = 'Bench Plan'", Long.class);
		Map<String, Integer> demo = apiCosts("member@example.org", demoPlan);
		Map<String, Integer> large = apiCosts("bench53@example.org", largePlan);
		assertThat(demo.values()).as("statements per API request, demo plan %s", demo).allMatch((n) -> n <= API_BUDGET);
		assertThat(large).as("the large plan costs what the demo plan costs").isEqualTo(demo);
	}

	private Map<String, Integer> apiCosts(String email, long plan) throws Exception {
		long person = this.jdbc.queryForObject("select id from person where email = ?", Long.class, email);
		String token = this.tokens
			.create(person, "Budget", AccessTokenStore.Scope.READ_WRITE, LocalDate.now().plusDays(1))
			.secret();
		long step = this.jdbc.queryForObject("select min(s.id) from action_step s"
				+ " join workgroup_membership m on m.workgroup_id = s.workgroup_id"
				+ " join person p on p.id = m.person_id where s.plan_id = ? and p.email = ?"
				+ " and s.status not in ('COMPLETED', 'NOT_APPLICABLE')", Long.class, plan, email);
		long workgroup = this.jdbc.queryForObject("select workgroup_id from action_step where id = ?", Long.class,
				step);
		Map<String, Integer> costs = new LinkedHashMap<>();
		// the token's first use notes when it was used: later requests within a minute do
		// not
		apiStatements(token, "GET", "/api/v1/plans", null, 200);
		costs.put("plans", apiStatements(token, "GET", "/api/v1/plans", null, 200));
		costs.put("plan", apiStatements(token, "GET", "/api/v1/plans/" + plan, null, 200));
		costs.put("plan steps",
				apiStatements(token, "GET", "/api/v1/plans/" + plan + "/action-steps?size=100", null, 200));
		costs.put("workgroup steps", apiStatements(token, "GET",
				"/api/v1/plans/" + plan + "/action-steps?workgroup=" + workgroup + "&status=IN_PROGRESS", null, 200));
		costs.put("step", apiStatements(token, "GET", "/api/v1/action-steps/" + step, null, 200));
		costs.put("workgroup", apiStatements(token, "GET", "/api/v1/workgroups/" + workgroup, null, 200));
		costs.put("indicators", apiStatements(token, "GET", "/api/v1/indicators", null, 200));
		costs.put("commitments", apiStatements(token, "GET", "/api/v1/commitments", null, 200));
		long version = this.jdbc.queryForObject("select version from action_step where id = ?", Long.class, step);
		costs.put("progress update", apiStatements(token, "POST", "/api/v1/action-steps/" + step + "/progress-updates",
				"{\"status\":\"IN_PROGRESS\",\"percent\":45,\"narrative\":\"budget\",\"version\":" + version + "}",
				201));
		return costs;
	}

	private int apiStatements(String token, String method, String path, String json, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("X-Count-SQL", "1");
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
		return Integer.parseInt(response.headers()
			.firstValue("X-SQL-Statements")
			.orElseThrow(() -> new AssertionError("No statement count for " + path)));
	}

	/**
	 * Every change through the application writes an audit entry, whose id is the data's
	 * version: a new entry makes every cached result stale, as a real change would.
	 */
	private void changeSomething() {
		this.jdbc.update(
				"insert into audit_entry (at, actor_name, action, entity_type, entity_id, summary)"
						+ " values (?, 'statement budget test', 'UPDATE', 'Plan', 0, 'a change')",
				Timestamp.from(Instant.now()));
	}

	private HttpSession signedIn(String email) throws Exception {
		HttpSession session = new HttpSession();
		assertThat(session.signIn(this.port, email, "alliance-demo").statusCode()).isEqualTo(302);
		// the first page stores the session's form token; what follows only reads it
		assertThat(session.get(this.port, "/my-steps").statusCode()).isEqualTo(200);
		return session;
	}

}
