package org.alliance.web.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.application.comment.CommentService;
import org.alliance.application.feedback.FeedbackService;
import org.alliance.application.notification.NotificationSettingsService;
import org.alliance.application.step.ChecklistService;
import org.alliance.application.step.Evidence;
import org.alliance.application.step.RecordProgress;
import org.alliance.application.step.StepService;
import org.alliance.application.publication.PublicationService;
import org.alliance.application.token.AccessTokenService;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentEvent;
import org.alliance.domain.commitment.EventKind;
import org.alliance.domain.commitment.ShareTarget;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.PeriodType;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackTopic;
import org.alliance.domain.impact.Impact;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.impact.ImpactEffect;
import org.alliance.domain.impact.SubjectKind;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.feedback.FeedbackItemRepository;
import org.alliance.persistence.impact.ImpactAnalysisRepository;
import org.alliance.persistence.impact.ImpactEffectRepository;
import org.alliance.application.notification.OutboxStore;
import org.alliance.application.token.AccessTokenStore;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the running application, for every kind of person: anonymous, a member
 * of the workgroup that owns the object, a member of another workgroup, the owning lead,
 * the lead of another workgroup, leadership and an administrator. Ids are those of real
 * objects, so guessing another workgroup's ids (IDOR) is covered. A route missing from
 * the table fails the test: a new route needs an explicit rule.
 */
class AuthorizationMatrixTest extends WebTestSupport {

	/** Outcomes: L = sent to sign in, A = allowed, D = forbidden (403). */
	enum Persona {

		ANONYMOUS, MEMBER, OTHER_MEMBER, LEAD, OTHER_LEAD, LEADERSHIP, ADMIN

	}

	static final String READ = "L A A A A A A";

	static final String UPDATE_STEP = "L A D A D D A";

	static final String MANAGE = "L D D A D D A";

	static final String ADMIN = "L D D D D D A";

	static final String ANYONE = "A A A A A A A";

	static final Map<String, String> RULES = new LinkedHashMap<>();

	static {
		RULES.put("GET /login", ANYONE);
		RULES.put("POST /language", ANYONE);
		RULES.put("GET /setup/{token}", ANYONE);
		RULES.put("POST /setup/{token}", ANYONE);
		// public pages: anyone, signed in or not
		RULES.put("GET /public", ANYONE);
		RULES.put("GET /public/plans/{slug}", ANYONE);
		RULES.put("GET /public/plans/{slug}.csv", ANYONE);
		RULES.put("GET /public/plans/{slug}/feed.atom", ANYONE);
		RULES.put("GET /", READ);
		RULES.put("GET /my-steps", READ);
		RULES.put("GET /search", READ);
		RULES.put("GET /dashboard", READ);
		RULES.put("GET /plans", READ);
		RULES.put("GET /plans/{id}", READ);
		RULES.put("GET /action-steps/{id}", READ);
		RULES.put("POST /action-steps/{id}/updates", UPDATE_STEP);
		RULES.put("GET /action-steps/{id}/edit", MANAGE);
		RULES.put("POST /action-steps/{id}/edit", MANAGE);
		RULES.put("GET /workgroups", READ);
		RULES.put("GET /workgroups/{id}", READ);
		RULES.put("GET /workgroups/{workgroupId}/steps/new", MANAGE);
		RULES.put("POST /workgroups/{workgroupId}/steps", MANAGE);
		RULES.put("POST /workgroups/{id}/members", MANAGE);
		RULES.put("POST /workgroups/{id}/members/{personId}/remove", MANAGE);
		RULES.put("GET /workgroups/{id}/members/{personId}/remove", MANAGE);
		RULES.put("GET /commitments", READ);
		RULES.put("GET /commitments/{id}", READ);
		RULES.put("GET /workgroups/{id}/dashboard", READ);
		RULES.put("GET /exports/steps.csv", READ);
		RULES.put("GET /exports/updates.csv", READ);
		RULES.put("GET /reports/plans/{id}", READ);
		RULES.put("GET /reports/plans/{id}.pdf", READ);
		RULES.put("GET /indicators", READ);
		RULES.put("GET /indicators/{id}", READ);
		RULES.put("GET /indicators/{id}/values.csv", READ);
		RULES.put("GET /indicators/{id}/values/new", UPDATE_STEP);
		RULES.put("POST /indicators/{id}/values", UPDATE_STEP);
		RULES.put("GET /indicators/{id}/import", UPDATE_STEP);
		RULES.put("GET /indicators/{id}/import/template.csv", UPDATE_STEP);
		RULES.put("POST /indicators/{id}/import", UPDATE_STEP);
		RULES.put("POST /action-steps/{id}/indicators", MANAGE);
		RULES.put("GET /commitments/{id}/events/new", ADMIN);
		RULES.put("POST /commitments/{id}/events", ADMIN);
		RULES.put("GET /commitments/{id}/events/{eventId}/remove", ADMIN);
		RULES.put("POST /commitments/{id}/events/{eventId}/remove", ADMIN);
		RULES.put("POST /commitments/{id}/targets", ADMIN);
		RULES.put("POST /commitments/{id}/review", ADMIN);
		RULES.put("GET /commitments/{id}/edit", ADMIN);
		RULES.put("POST /commitments/{id}", ADMIN);
		RULES.put("GET /commitments/new", ADMIN);
		RULES.put("POST /commitments", ADMIN);
		RULES.put("GET /account/password", READ);
		// anyone who reads a step comments on it; the author edits (the world's comment
		// is
		// the member's); the author or an administrator removes
		RULES.put("POST /action-steps/{id}/comments", READ);
		// evidence is read by whoever reads the step (EvidenceTest: another step's path
		// is not found)
		RULES.put("GET /action-steps/{id}/evidence/{fileId}", READ);
		RULES.put("GET /action-steps/{id}/comments/{commentId}/edit", "L A D D D D D");
		RULES.put("POST /action-steps/{id}/comments/{commentId}/edit", "L A D D D D D");
		RULES.put("POST /action-steps/{id}/comments/{commentId}/remove", "L A D D D D A");
		// everyone chooses their own e-mail; an unsubscribe link works without signing
		// in,
		// its key being the authorisation (a wrong key is not found: RemindersTest)
		RULES.put("GET /account/notifications", READ);
		RULES.put("POST /account/notifications", READ);
		RULES.put("GET /unsubscribe/{key}/{kind}", ANYONE);
		RULES.put("POST /unsubscribe/{key}/{kind}", ANYONE);
		// everyone makes and revokes their own access tokens (another's is not found)
		RULES.put("GET /account/tokens", READ);
		RULES.put("POST /account/tokens", READ);
		RULES.put("POST /account/tokens/{id}/revoke", READ);
		// the API's reference (Swagger UI) for signed-in people; the API's own routes are
		// in
		// ApiAuthorizationMatrixTest
		RULES.put("GET /api-docs", READ);
		RULES.put("POST /account/password", READ);
		// impact analyses: everyone signed in reads them; their workgroup's members and
		// leads (and administrators) write them; anyone who works in a workgroup starts
		// one (in a workgroup of theirs: ImpactAnalysisPagesTest); a lead of the
		// workgroup or an administrator other than the owner (the world's member) decides
		RULES.put("GET /analyses", READ);
		RULES.put("GET /analyses/{id}", READ);
		RULES.put("GET /analyses/{id}.pdf", READ);
		RULES.put("GET /analyses/new", "L A A A A D A");
		RULES.put("POST /analyses", "L A A A A D A");
		for (String route : List.of("GET /analyses/{id}/edit", "POST /analyses/{id}/edit",
				"POST /analyses/{id}/screening/start", "GET /analyses/{id}/screening", "POST /analyses/{id}/screening",
				"GET /analyses/{id}/sections", "POST /analyses/{id}/sections", "POST /analyses/{id}/effects",
				"POST /analyses/{id}/effects/{effectId}/remove",
				"GET /analyses/{id}/effects/{effectId}/mitigations/new",
				"POST /analyses/{id}/effects/{effectId}/mitigations", "POST /analyses/{id}/submit",
				"POST /analyses/{id}/evaluation")) {
			RULES.put(route, UPDATE_STEP);
		}
		// feedback: anyone sends it and follows it by its link; administrators and leads
		// of
		// any workgroup triage (an unhandled safeguarding concern: administrators only,
		// FeedbackTest); leadership reads the figures; an administrator approves a
		// summary
		RULES.put("GET /feedback", ANYONE);
		RULES.put("POST /feedback", ANYONE);
		RULES.put("GET /feedback/status/{token}", ANYONE);
		RULES.put("GET /public/you-said-we-did", ANYONE);
		for (String route : List.of("GET /feedback-items", "GET /feedback-items.csv", "GET /feedback-items/{id}",
				"POST /feedback-items/{id}/acknowledge", "POST /feedback-items/{id}/assign",
				"POST /feedback-items/{id}/answer", "POST /feedback-items/{id}/close",
				"POST /feedback-items/{id}/complaint", "POST /feedback-items/{id}/safeguarding",
				"POST /feedback-items/{id}/notes", "POST /feedback-items/{id}/steps",
				"POST /feedback-items/{id}/steps/new", "POST /feedback-items/{id}/summary")) {
			RULES.put(route, "L D D A A D A");
		}
		RULES.put("GET /feedback-items/figures", "L D D A A A A");
		RULES.put("POST /feedback-items/{id}/safeguarding/handled", ADMIN);
		RULES.put("POST /feedback-items/{id}/summary/approve", ADMIN);
		RULES.put("GET /admin/service-areas", ADMIN);
		RULES.put("POST /admin/service-areas", ADMIN);
		RULES.put("POST /admin/service-areas/{id}/toggle", ADMIN);
		// checklist steps: the step's workgroup ticks its items; its leads add items
		RULES.put("POST /action-steps/{id}/checklist/{itemId}/tick", UPDATE_STEP);
		RULES.put("POST /action-steps/{id}/checklist/{itemId}/untick", UPDATE_STEP);
		RULES.put("POST /action-steps/{id}/checklist", MANAGE);
		// plan templates are administrators' (TemplatesTest)
		for (String route : List.of("GET /admin/templates", "POST /admin/templates/import",
				"GET /admin/templates/schema.json", "GET /admin/templates/{key}/{version}",
				"GET /admin/templates/{key}/{version}/export", "GET /admin/templates/{key}/{version}/new-plan",
				"POST /admin/templates/{key}/{version}/new-plan", "GET /admin/plans/{id}/save-as-template",
				"POST /admin/plans/{id}/save-as-template")) {
			RULES.put(route, ADMIN);
		}
		RULES.put("POST /analyses/{id}/decision", MANAGE);
		RULES.put("POST /analyses/{id}/publish", MANAGE);
		for (String route : List.of("GET /admin", "GET /admin/people", "GET /admin/people/new", "POST /admin/people",
				"GET /admin/people/{id}", "POST /admin/people/{id}/role", "POST /admin/people/{id}/disable",
				"POST /admin/people/{id}/enable", "POST /admin/people/{id}/password", "GET /admin/workgroups/new",
				"POST /admin/workgroups", "GET /admin/workgroups/{id}/edit", "POST /admin/workgroups/{id}/edit",
				"POST /admin/workgroups/{id}/leads", "POST /admin/workgroups/{id}/leads/{personId}/remove",
				"GET /admin/plans", "GET /admin/plans/new", "POST /admin/plans", "GET /admin/plans/{id}/edit",
				"POST /admin/plans/{id}/edit", "GET /admin/plans/{id}/aims/new", "POST /admin/plans/{id}/aims",
				"GET /admin/aims/{aimId}/edit", "POST /admin/aims/{aimId}/edit", "GET /admin/audit",
				"GET /admin/audit.csv", "GET /admin/export.zip", "GET /admin/indicators/new", "POST /admin/indicators",
				"GET /admin/indicators/{id}/edit", "POST /admin/indicators/{id}/edit", "GET /admin/dimensions",
				"POST /admin/dimensions", "GET /admin/plans/{id}/publication", "POST /admin/plans/{id}/publication",
				"POST /admin/plans/{id}/publication/withdraw", "GET /admin/tokens", "POST /admin/tokens/{id}/revoke",
				"GET /admin/mail", "GET /admin/mail/{id}", "GET /admin/mail/{id}/html", "POST /admin/mail/{id}/retry",
				"POST /admin/mail/digests", "GET /admin/workgroups/{id}/reminder",
				"POST /admin/workgroups/{id}/reminder")) {
			RULES.put(route, ADMIN);
		}
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	CommitmentEventRepository events;

	/** A pledge with a share target, so events can be recorded against it. */
	private static Commitment pledgeWithTarget() {
		Commitment commitment = new Commitment("Pledge", "Someone", null, null);
		commitment.addTarget(new ShareTarget("women", 50));
		return commitment;
	}

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	PublicationService publications;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	NotificationSettingsService notificationSettings;

	@Autowired
	OutboxStore outbox;

	@Autowired
	CommentService comments;

	@Autowired
	StepService stepService;

	@Autowired
	ChecklistService checklists;

	@Autowired
	JdbcTemplate matrixJdbc;

	/** The world's plan, published with its aim and step, so its public pages exist. */
	private String published(Plan plan, Aim aim, ActionStep step) {
		String slug = "matrix-" + plan.getId();
		publications.save(plan.getId(), new PublicationService.Draft(slug, Set.of(aim.getId()), Set.of(step.getId()),
				Set.of(), Set.of(), Map.of()));
		publications.publish(plan.getId(), null);
		return slug;
	}

	@Autowired
	DimensionValueRepository groups;

	@Autowired
	ImpactAnalysisRepository analyses;

	@Autowired
	ImpactEffectRepository effects;

	@Autowired
	FeedbackService feedbackService;

	@Autowired
	FeedbackItemRepository feedbackItems;

	/** The objects one row of the matrix acts on, fresh for each route. */
	final class World {

		final Person lead = fixtures.staff();

		final Person member = fixtures.staff();

		final Person extra = fixtures.staff();

		final Person otherLead = fixtures.staff();

		final Person otherMember = fixtures.staff();

		final Person newcomer = fixtures.staff();

		final Person director = fixtures.person(SystemRole.LEADERSHIP);

		final Person admin = fixtures.person(SystemRole.ADMIN);

		final Workgroup workgroup = fixtures.workgroup(this.lead, this.member, this.extra);

		final Workgroup otherWorkgroup = fixtures.workgroup(this.otherLead, this.otherMember);

		final Plan plan = fixtures.plan();

		final Aim aim = fixtures.aim(this.plan, 1);

		final ActionStep step = fixtures.step(this.aim, this.workgroup, this.member, LocalDate.now().plusDays(9));

		final Commitment commitment = commitments.save(pledgeWithTarget());

		final String slug = published(this.plan, this.aim, this.step);

		final CommitmentEvent event = events.save(new CommitmentEvent(this.commitment, LocalDate.now(), "Matrix panel",
				EventKind.PANEL, 4, List.of(2), null, Instant.now()));

		final ImpactAnalysis analysis = analyses
			.save(new ImpactAnalysis(this.plan.getId(), this.workgroup.getId(), this.member.getId(),
					new ImpactAnalysis.Details("Matrix analysis", SubjectKind.POLICY, "Matrix", null), Instant.now()));

		final FeedbackService.Receipt feedback = feedbackService.submit(new FeedbackItem.Submission(FeedbackTopic.PLAN,
				this.plan.getId(), null, null, "Matrix feedback", null, Set.of(), true), "en");

		final Indicator indicator = indicators.save(new Indicator(
				new Indicator.Definition(Fixtures.unique("Indicator"), "", IndicatorKind.HOW_WELL,
						IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER, PeriodType.QUARTER, null,
						this.workgroup.getId()),
				Map.of(Dimension.RACE_ETHNICITY,
						groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.RACE_ETHNICITY).get(0).getId())));

		/** Whose request the path is for (their own token to revoke). */
		Persona persona = Persona.ANONYMOUS;

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
				matcher.appendReplacement(path, switch (matcher.group(1)) {
					case "slug" -> this.slug;
					case "key" -> pattern.startsWith("/admin/templates") ? "five-equity-aims"
							: notificationSettings.unsubscribeKey(this.member.getId());
					case "version" -> "1";
					case "kind" -> "digest";
					case "token" ->
						pattern.startsWith("/feedback") ? this.feedback.token() : String.valueOf(id(pattern, "token"));
					default -> String.valueOf(id(pattern, matcher.group(1)));
				});
			}
			matcher.appendTail(path);
			return path.toString();
		}

		private Long id(String pattern, String variable) {
			return switch (variable) {
				case "workgroupId" -> this.workgroup.getId();
				case "aimId" -> this.aim.getId();
				case "eventId" -> this.event.getId();
				case "effectId" -> effects.save(new ImpactEffect(this.analysis.getId(),
						groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.AGE_BAND).get(0).getId(),
						Impact.NEGATIVE, "Matrix evidence", 1))
					.getId();
				case "itemId" -> checklists.add(this.step.getId(), "Matrix item", this.lead.getId()).getId();
				case "commentId" -> comments.add(this.step.getId(), this.member.getId(), "Matrix comment");
				case "fileId" -> {
					stepService.recordProgress(
							new RecordProgress(this.step.getId(), fixtures.reload(this.step).getVersion(),
									StepStatus.IN_PROGRESS, 5, "matrix", this.member.getId()),
							List.of(new Evidence("matrix.pdf", "%PDF-1.4 matrix".getBytes(StandardCharsets.US_ASCII))));
					yield matrixJdbc.queryForObject("select max(id) from evidence_file where step_id = ?", Long.class,
							this.step.getId());
				}
				case "personId" -> pattern.contains("/leads/") ? this.lead.getId() : this.extra.getId();
				// no link was issued in this world: every setup link is refused (410) to
				// everyone
				case "token" -> 12345L;
				case "id" -> {
					if (pattern.startsWith("/account/tokens") || pattern.startsWith("/admin/tokens")) {
						Person owner = (this.persona == Persona.ANONYMOUS || pattern.startsWith("/admin")) ? this.member
								: as(this.persona);
						yield tokens
							.create(owner.getId(), "Matrix", AccessTokenStore.Scope.READ, LocalDate.now().plusDays(3))
							.token()
							.id();
					}
					yield objectId(pattern);
				}
				default -> objectId(pattern);
			};
		}

		private Long objectId(String pattern) {
			if (pattern.startsWith("/admin/mail")) {
				return outbox.enqueue(new OutboxStore.NewMessage(OutboxStore.Kind.REMINDER, this.member.getId(),
						this.member.getEmail(), "en", "Matrix", "Matrix", "<p>Matrix</p>", "https://example.org/u"),
						Instant.now());
			}
			if (pattern.startsWith("/action-steps")) {
				return this.step.getId();
			}
			if (pattern.startsWith("/workgroups") || pattern.startsWith("/admin/workgroups")) {
				return this.workgroup.getId();
			}
			if (pattern.startsWith("/plans") || pattern.startsWith("/admin/plans")
					|| pattern.startsWith("/reports/plans")) {
				return this.plan.getId();
			}
			if (pattern.startsWith("/indicators") || pattern.startsWith("/admin/indicators")) {
				return this.indicator.getId();
			}
			if (pattern.startsWith("/admin/service-areas")) {
				return matrixJdbc.queryForObject("select min(id) from feedback_service_area", Long.class);
			}
			if (pattern.startsWith("/feedback-items")) {
				return feedbackItems.findAll()
					.stream()
					.filter((f) -> f.getReference().equals(this.feedback.reference()))
					.findFirst()
					.orElseThrow()
					.getId();
			}
			if (pattern.startsWith("/analyses")) {
				return this.analysis.getId();
			}
			if (pattern.startsWith("/commitments")) {
				return this.commitment.getId();
			}
			if (pattern.startsWith("/admin/people")) {
				return this.extra.getId();
			}
			throw new IllegalStateException("No object for " + pattern);
		}

		MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder builder) {
			String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			return builder.param("status", "IN_PROGRESS")
				.param("percent", "10")
				.param("narrative", "matrix")
				.param("version", "0")
				.param("title", "Matrix " + tag)
				.param("aimId", this.aim.getId().toString())
				.param("weight", "1")
				.param("personId", this.newcomer.getId().toString())
				.param("name", "Matrix " + tag)
				.param("charge", "A charge")
				.param("leadId", this.lead.getId().toString())
				.param("displayName", "Matrix " + tag)
				.param("email", "matrix-" + tag + "@example.org")
				.param("role", "STAFF")
				.param("password", "plum orchard lantern 42")
				.param("newPassword", "plum orchard lantern 42")
				.param("currentPassword", "wrong")
				.param("confirmPassword", "plum orchard lantern 42")
				.param("startDate", "2026-01-01")
				.param("endDate", "2027-01-01")
				.param("description", "")
				.param("number", "7")
				.param("lang", "en")
				.param("dimension", "RACE_ETHNICITY")
				.param("period", "2026-Q1")
				.param("kind", "HOW_WELL")
				.param("unit", "PERCENT")
				.param("direction", "HIGHER_IS_BETTER")
				.param("periodType", "QUARTER")
				.param("label", "Matrix " + tag)
				.param("measure", "women")
				.param("minimumPercent", "50")
				.param("returnTo", "/")
				.param("body", "A matrix comment")
				.param("scope", "READ")
				.param("expiry", "DAYS_7");
		}

	}

	private Set<String> routesOfTheApplication() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error") || pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					routes.add(method.name() + " " + pattern);
				}
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					routes.add("ANY " + pattern);
				}
			}
		}
		return routes;
	}

	@Test
	void everyRouteHasAnExplicitRule() {
		assertThat(routesOfTheApplication()).as("routes of the running app")
			.containsExactlyInAnyOrderElementsOf(RULES.keySet());
	}

	@Test
	void everyRouteEnforcesItsRuleForEveryPersona() throws Exception {
		List<String> mismatches = new ArrayList<>();
		for (Map.Entry<String, String> rule : RULES.entrySet()) {
			String[] route = rule.getKey().split(" ", 2);
			String[] expected = rule.getValue().split(" ");
			for (Persona persona : Persona.values()) {
				World world = new World();
				world.persona = persona;
				MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(route[0]), world.path(route[1]));
				if (route[0].equals("POST")) {
					builder = world.params(builder).with(csrf());
				}
				if (route[1].startsWith("/exports")) {
					builder = builder.param("plan", world.plan.getId().toString());
				}
				Person person = world.as(persona);
				if (person != null) {
					builder = builder.with(as(person));
				}
				MockHttpServletResponse response = this.mvc.perform(builder).andReturn().getResponse();
				String actual = outcome(response);
				String wanted = expected[persona.ordinal()];
				if (!actual.equals(wanted)) {
					mismatches.add(rule.getKey() + " as " + persona + ": expected " + wanted + " but got " + actual
							+ " (" + response.getStatus() + ")");
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	private static String outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 403) {
			return "D";
		}
		if (status == 302 && response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/login")) {
			return "L";
		}
		if (status == 400 || status == 404 || status >= 500) {
			// the matrix supplies valid ids and parameters: anything else is a fault of
			// the route or the test
			return "status " + status;
		}
		return "A";
	}

}
