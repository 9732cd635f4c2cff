package org.alliance.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.application.token.AccessTokenService;
import org.alliance.domain.commitment.Commitment;
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
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.alliance.application.token.AccessTokenStore.Scope;
import org.alliance.web.support.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every curl example of docs/api.md, in order, against a live instance, and checks
 * that each succeeds and answers with the fields (and status) its documented example
 * shows. A changed API that leaves the documentation behind fails here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=false")
@Import(Fixtures.class)
class ApiDocumentationTest extends PostgresTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessTokenService tokens;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	DimensionValueRepository groups;

	@Autowired
	CommitmentRepository commitments;

	/** A documented example: the command and the answer shown after it. */
	record Example(String command, JsonNode sample) {
	}

	@Test
	void everyDocumentedExampleWorksAsDocumented() throws Exception {
		boolean required = "true".equalsIgnoreCase(System.getenv("ALLIANCE_BROWSER_REQUIRED"));
		boolean curl = new ProcessBuilder("curl", "--version").start().waitFor() == 0;
		if (!required) {
			Assumptions.assumeTrue(curl, "curl is not installed: docs/api.md's examples are not run");
		}
		assertThat(curl).as("curl (CI installs it)").isTrue();
		List<Example> examples = examples(Files.readString(Path.of("..", "docs", "api.md")));
		assertThat(examples).as("curl examples in docs/api.md").hasSizeGreaterThanOrEqualTo(10);

		Person lead = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead, this.fixtures.staff());
		Plan plan = this.fixtures.plan();
		Aim aim = this.fixtures.aim(plan, 1);
		ActionStep step = this.fixtures.step(aim, workgroup, lead, LocalDate.now().plusDays(30));
		List<DimensionValue> race = this.groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.RACE_ETHNICITY);
		Indicator indicator = this.indicators.save(new Indicator(new Indicator.Definition(Fixtures.unique("Indicator"),
				"", IndicatorKind.HOW_WELL, IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER, PeriodType.QUARTER,
				null, workgroup.getId()), Map.of(Dimension.RACE_ETHNICITY, race.get(0).getId())));
		Commitment pledge = new Commitment("Documented pledge", "Someone", null, null);
		pledge.addTarget(new ShareTarget("women", 50));
		Commitment commitment = this.commitments.save(pledge);

		Map<String, String> env = new HashMap<>();
		env.put("ALLIANCE_URL", "http://localhost:" + this.port);
		env.put("ALLIANCE_TOKEN",
				this.tokens.create(lead.getId(), "Docs", Scope.READ_WRITE, LocalDate.now().plusDays(1)).secret());
		env.put("PLAN_ID", plan.getId().toString());
		env.put("WORKGROUP_ID", workgroup.getId().toString());
		env.put("STEP_ID", step.getId().toString());
		env.put("STEP_VERSION", String.valueOf(step.getVersion()));
		env.put("INDICATOR_ID", indicator.getId().toString());
		env.put("PERIOD", "2026-Q4");
		env.put("GROUP", race.get(1).getLabel());
		env.put("REFERENCE_GROUP", race.get(0).getLabel());
		env.put("COMMITMENT_ID", commitment.getId().toString());

		List<String> failures = new ArrayList<>();
		for (Example example : examples) {
			Run run = run(example.command(), env);
			if (run.exit() != 0) {
				failures.add("exit " + run.exit() + ": " + example.command() + "\n" + run.output());
				continue;
			}
			JsonNode actual;
			try {
				actual = JSON.readTree(run.output());
			}
			catch (RuntimeException ex) {
				failures.add("not JSON: " + example.command() + "\n" + run.output());
				continue;
			}
			Set<String> missing = new TreeSet<>(fields(example.sample()));
			missing.removeAll(fields(actual));
			if (!missing.isEmpty()) {
				failures.add("missing " + missing + ": " + example.command() + "\n" + run.output());
			}
			// a problem's status (a plan's status is a word, and may differ)
			if (example.sample().path("status").isNumber()
					&& example.sample().get("status").asInt() != actual.path("status").asInt(-1)) {
				failures.add("status " + actual.path("status") + " instead of " + example.sample().get("status") + ": "
						+ example.command());
			}
		}
		assertThat(failures).isEmpty();
	}

	private static List<Example> examples(String markdown) {
		List<Example> examples = new ArrayList<>();
		Matcher matcher = BLOCK.matcher(markdown);
		String pending = null;
		while (matcher.find()) {
			String language = matcher.group(1);
			String body = matcher.group(2);
			if (language.equals("bash") && body.contains("curl")) {
				assertThat(pending).as("a curl example without its answer shown after it").isNull();
				pending = body;
			}
			else if (language.equals("json") && pending != null) {
				examples.add(new Example(pending, JSON.readTree(body)));
				pending = null;
			}
		}
		assertThat(pending).as("a curl example without its answer shown after it").isNull();
		return examples;
	}

	private static Set<String> fields(JsonNode node) {
		Set<String> names = new TreeSet<>();
		Iterator<String> it = node.propertyNames().iterator();
		it.forEachRemaining(names::add);
		return names;
	}

	record Run(int exit, String output) {
	}

	private static Run run(String command, Map<String, String> env) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", command);
		builder.environment().putAll(env);
		builder.redirectErrorStream(true);
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return new Run(-1, "timed out");
		}
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

}
