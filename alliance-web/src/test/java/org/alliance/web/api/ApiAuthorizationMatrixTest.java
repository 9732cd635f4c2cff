package org.alliance.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.application.token.AccessTokenService;
import org.alliance.application.workgroup.WorkgroupService;
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
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every API route for every kind of person, three ways: with a browser session (and its
 * CSRF token on changes), with a read-write personal access token, and with a read-only
 * one. Ids are those of real objects, so another workgroup's ids are covered. A route
 * missing from the table fails the test.
 */
class ApiAuthorizationMatrixTest extends WebTestSupport {

	/** Outcomes: U = 401, A = allowed (2xx), D = forbidden (403). */
	enum Persona {

		ANONYMOUS, MEMBER, OTHER_MEMBER, LEAD, OTHER_LEAD, LEADERSHIP, ADMIN

	}

	enum Credential {

		SESSION, READ_WRITE_TOKEN, READ_TOKEN

	}

	static final String READ = "U A A A A A A";

	static final String UPDATE = "U A D A D D A";

	static final String ADMIN = "U D D D D D A";

	static final Map<String, String> RULES = new LinkedHashMap<>();

	static {
		RULES.put("GET /api/v1/openapi.json", READ);
		RULES.put("GET /api/v1/openapi.json/swagger-config", READ);
		RULES.put("GET /api/v1/openapi.json.yaml", READ);
		RULES.put("GET /api/v1/plans", READ);
		RULES.put("GET /api/v1/plans/{id}", READ);
		RULES.put("GET /api/v1/plans/{id}/action-steps", READ);
		RULES.put("GET /api/v1/aims/{id}", READ);
		RULES.put("GET /api/v1/action-steps/{id}", READ);
		RULES.put("POST /api/v1/action-steps/{id}/progress-updates", UPDATE);
		RULES.put("GET /api/v1/workgroups", READ);
		RULES.put("GET /api/v1/workgroups/{id}", READ);
		RULES.put("POST /api/v1/workgroups/{id}/leads", ADMIN);
		RULES.put("DELETE /api/v1/workgroups/{id}/leads/{personId}", ADMIN);
		RULES.put("GET /api/v1/indicators", READ);
		RULES.put("GET /api/v1/indicators/{id}", READ);
		RULES.put("POST /api/v1/indicators/{id}/values", UPDATE);
		RULES.put("GET /api/v1/commitments", READ);
		RULES.put("GET /api/v1/commitments/{id}", READ);
		RULES.put("GET /api/v1/commitments/{id}/events", READ);
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	WorkgroupService workgroups;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	CommitmentEventRepository events;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	DimensionValueRepository groups;

	/** The objects one row of the matrix acts on, fresh for each request. */
	final class World {

		final Person lead = fixtures.staff();

		final Person coLead = fixtures.staff();

		final Person member = fixtures.staff();

		final Person otherLead = fixtures.staff();

		final Person otherMember = fixtures.staff();

		final Person newcomer = fixtures.staff();

		final Person director = fixtures.person(SystemRole.LEADERSHIP);

		final Person admin = fixtures.person(SystemRole.ADMIN);

		final Workgroup workgroup = fixtures.workgroup(this.lead, this.member, this.coLead, this.newcomer);

		final Workgroup otherWorkgroup = fixtures.workgroup(this.otherLead, this.otherMember);

		final Plan plan = fixtures.plan();

		final Aim aim = fixtures.aim(this.plan, 1);

		final ActionStep step = fixtures.step(this.aim, this.workgroup, this.member, LocalDate.now().plusDays(9));

		final Commitment commitment;

		final DimensionValue group = groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.RACE_ETHNICITY).get(0);

		final Indicator indicator = indicators.save(new Indicator(new Indicator.Definition(Fixtures.unique("Indicator"),
				"", IndicatorKind.HOW_WELL, IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER, PeriodType.QUARTER,
				null, this.workgroup.getId()), Map.of(Dimension.RACE_ETHNICITY, this.group.getId())));

		World() {
			Commitment pledge = new Commitment("Pledge", "Someone", null, null);
			pledge.addTarget(new ShareTarget("women", 50));
			this.commitment = commitments.save(pledge);
			events.save(new CommitmentEvent(this.commitment, LocalDate.now(), "Matrix panel", EventKind.PANEL, 4,
					List.of(2), null, Instant.now()));
			workgroups.appointLead(this.workgroup.getId(), this.coLead.getId());
		}

		Person as(Persona persona) {
			return switch (persona) {
				case ANONYMOUS -> null;
				case MEMBER -> this.member;
				case OTHER_MEMBER -> this.otherMember;
				case LEAD -> this.lead;
				case OTHER_LEAD -> this.otherLead;
				case LEADERSHIP -> this.director;
				case ADMIN -> this.admin;
			};
		}

		String path(String pattern) {
			Matcher matcher = Pattern.compile("\\{(\\w+)}").matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				matcher.appendReplacement(path, String.valueOf(id(pattern, matcher.group(1))));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		private long id(String pattern, String variable) {
			if (variable.equals("personId")) {
				return this.coLead.getId();
			}
			if (pattern.startsWith("/api/v1/plans")) {
				return this.plan.getId();
			}
			if (pattern.startsWith("/api/v1/aims")) {
				return this.aim.getId();
			}
			if (pattern.startsWith("/api/v1/action-steps")) {
				return this.step.getId();
			}
			if (pattern.startsWith("/api/v1/workgroups")) {
				return this.workgroup.getId();
			}
			if (pattern.startsWith("/api/v1/indicators")) {
				return this.indicator.getId();
			}
			if (pattern.startsWith("/api/v1/commitments")) {
				return this.commitment.getId();
			}
			throw new IllegalStateException("No object for " + pattern);
		}

		String body(String pattern) {
			if (pattern.endsWith("/progress-updates")) {
				return "{\"status\":\"IN_PROGRESS\",\"percent\":10,\"narrative\":\"matrix\",\"version\":"
						+ fixtures.reload(this.step).getVersion() + "}";
			}
			if (pattern.endsWith("/values")) {
				return "{\"rows\":[{\"period\":\"2026-Q1\",\"dimension\":\"RACE_ETHNICITY\",\"group\":\""
						+ this.group.getLabel() + "\",\"numerator\":3,\"denominator\":10}]}";
			}
			if (pattern.endsWith("/leads")) {
				return "{\"personId\":" + this.newcomer.getId() + "}";
			}
			return "";
		}

	}

	private Set<String> apiRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					routes.add(method.name() + " " + pattern);
				}
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					routes.add("GET " + pattern);
				}
			}
		}
		return routes;
	}

	@Test
	void everyApiRouteHasAnExplicitRule() {
		assertThat(apiRoutes()).containsExactlyInAnyOrderElementsOf(RULES.keySet());
	}

	@Test
	void everyApiRouteEnforcesItsRuleForEveryPersonaAndCredential() throws Exception {
		List<String> mismatches = new ArrayList<>();
		for (Map.Entry<String, String> rule : RULES.entrySet()) {
			String[] route = rule.getKey().split(" ", 2);
			String[] expected = rule.getValue().split(" ");
			boolean write = !route[0].equals("GET");
			for (Persona persona : Persona.values()) {
				for (Credential credential : Credential.values()) {
					if (persona == Persona.ANONYMOUS && credential != Credential.SESSION) {
						continue;
					}
					World world = new World();
					MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route[0]), world.path(route[1]));
					String body = world.body(route[1]);
					if (!body.isEmpty()) {
						builder = builder.contentType(MediaType.APPLICATION_JSON).content(body);
					}
					Person person = world.as(persona);
					String wanted = expected[persona.ordinal()];
					if (person != null && credential == Credential.SESSION) {
						builder = builder.with(as(person));
						if (write) {
							builder = builder.with(csrf());
						}
					}
					else if (person != null) {
						Scope scope = (credential == Credential.READ_TOKEN) ? Scope.READ : Scope.READ_WRITE;
						String token = this.tokens.create(person.getId(), "Matrix", scope, LocalDate.now().plusDays(1))
							.secret();
						builder = builder.header("Authorization", "Bearer " + token);
						if (write && scope == Scope.READ) {
							wanted = "D";
						}
					}
					else if (write) {
						builder = builder.with(csrf());
					}
					MockHttpServletResponse response = this.mvc.perform(builder).andReturn().getResponse();
					String actual = outcome(response);
					if (!actual.equals(wanted)) {
						mismatches.add(rule.getKey() + " as " + persona + " with " + credential + ": expected " + wanted
								+ " but got " + actual + " (" + response.getStatus() + " "
								+ response.getContentAsString() + ")");
					}
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	private static String outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 401) {
			return "U";
		}
		if (status == 403) {
			return "D";
		}
		if (status >= 200 && status < 300) {
			return "A";
		}
		return "status " + status;
	}

}
