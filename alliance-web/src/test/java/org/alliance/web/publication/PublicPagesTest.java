package org.alliance.web.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliance.domain.person.Person;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.testsupport.TestDatabase;
import org.alliance.web.security.AllianceUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public page of the demo plan (published by the demo data): anyone reads it without
 * signing in and without a session, in both languages; nothing private ever appears on
 * it; what it shows changes only when an administrator publishes, and withdrawing takes
 * it down at once.
 */
@Tag("database")
@SpringBootTest(properties = { "alliance.demo.enabled=true", "alliance.base-url=https://alliance.example.org/" })
@AutoConfigureMockMvc
class PublicPagesTest {

	static final String PAGE = "/public/plans/equity-and-inclusion-plan";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, "public_pages_test");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonRepository people;

	/**
	 * The feed's absolute links come from the configured address, never from the Host or
	 * X-Forwarded-Host a request carries (a cache or a feed reader would keep the forged
	 * ones).
	 */
	@Test
	void theFeedsLinksUseTheConfiguredAddressWhateverTheRequestSays() throws Exception {
		String feed = this.mvc
			.perform(get(PAGE + "/feed.atom").header("Host", "evil.example")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "http"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(feed).doesNotContain("evil.example")
			.contains("<link rel=\"self\" href=\"https://alliance.example.org" + PAGE + "/feed.atom\"/>")
			.contains("<id>https://alliance.example.org" + PAGE + "</id>");
	}

	@Test
	void anyoneReadsThePublishedPlanInBothLanguagesWithoutASessionAndProxiesMayKeepIt() throws Exception {
		MvcResult english = this.mvc.perform(get(PAGE)).andExpect(status().isOk()).andReturn();
		String html = english.getResponse().getContentAsString();
		assertThat(html).contains("lang=\"en\"")
			.contains("<h1>Equity and Inclusion Plan")
			.contains("Collect race, ethnicity and language data consistently at intake")
			.contains("Intake forms are being changed")
			.contains("First appointment within 14 days of referral")
			.contains("<svg class=\"chart\"")
			.contains("Take part only in panels");
		assertThat(english.getResponse().getHeader("Set-Cookie")).as("no session for a visitor").isNull();
		assertThat(english.getRequest().getSession(false)).isNull();
		assertThat(english.getResponse().getHeader("Cache-Control")).isEqualTo("public, no-cache");
		String etag = english.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		this.mvc.perform(get(PAGE).header("If-None-Match", etag)).andExpect(status().isNotModified());
		MvcResult inSpanish = this.mvc.perform(get(PAGE).param("lang", "es")).andExpect(status().isOk()).andReturn();
		assertThat(inSpanish.getResponse().getContentType()).startsWith("text/html").containsIgnoringCase("utf-8");
		String spanish = inSpanish.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(spanish).contains("lang=\"es\"")
			.contains("Objetivos")
			.contains("Avance general")
			.contains("avance público");
		assertThat(this.mvc.perform(get(PAGE + "/feed.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).startsWith("<?xml").contains("<entry>").contains("Progress published");
		assertThat(this.mvc.perform(get(PAGE + ".csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).startsWith("kind,aim,name,status,percent");
		assertThat(this.mvc.perform(get("/public")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/public/plans/equity-and-inclusion-plan?lang=en\"");
		this.mvc.perform(get("/public/plans/no-such-plan")).andExpect(status().isNotFound());
	}

	@Test
	void noNameNoStaffNarrativeNoUnpublishedStepAndNoSuppressedFigureEverAppears() throws Exception {
		List<String> secrets = new ArrayList<>();
		secrets.addAll(this.jdbc.queryForList("select display_name from person", String.class));
		secrets.addAll(this.jdbc.queryForList("select email from person", String.class));
		secrets.addAll(this.jdbc
			.queryForList("select distinct narrative from progress_update where narrative is not null", String.class));
		secrets.addAll(this.jdbc.queryForList("select made_by from commitment", String.class));
		secrets.addAll(this.jdbc.queryForList("select title from action_step s where not exists"
				+ " (select 1 from plan_publication p where s.id = any (p.steps))", String.class));
		secrets.addAll(this.jdbc.queryForList("select name from commitment_event", String.class));
		assertThat(secrets).hasSizeGreaterThan(30);
		for (String path : new String[] { "/public", "/public?lang=es", PAGE, PAGE + "?lang=es", PAGE + ".csv",
				PAGE + ".csv?lang=es", PAGE + "/feed.atom", PAGE + "/feed.atom?lang=es" }) {
			String body = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (String secret : secrets) {
				assertThat(body).as(path).doesNotContain(secret).doesNotContain(HtmlUtils.htmlEscape(secret));
			}
		}
		// every figure that suppression hides stays hidden: the cell says so and holds
		// nothing
		List<String> lines = this.mvc.perform(get(PAGE + ".csv"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.lines()
			.filter((l) -> l.startsWith("indicator,"))
			.toList();
		assertThat(lines).isNotEmpty();
		List<String> suppressed = lines.stream().filter((l) -> l.contains(",true,")).toList();
		assertThat(suppressed).as("the demo has small cells").isNotEmpty();
		assertThat(suppressed).allMatch((l) -> l.endsWith(",,true,,false"), "no value, no ratio, no flag");
		// no counts at all: rates only
		assertThat(lines.get(0).split(",", -1)).hasSize(13);
	}

	@Test
	void theDataInsideReachesThePublicOnlyWhenPublishedAndWithdrawingTakesThePageDownAtOnce() throws Exception {
		Person admin = this.people.findByEmail("admin@example.org").orElseThrow();
		Person member = this.people.findByEmail("member@example.org").orElseThrow();
		long plan = this.jdbc.queryForObject("select plan_id from plan_publication", Long.class);
		long step = this.jdbc.queryForObject("select steps[1] from plan_publication", Long.class);
		String title = this.jdbc.queryForObject("select title from action_step where id = ?", String.class, step);
		this.jdbc.update("update action_step set title = ? where id = ?", title + " (renamed)", step);
		try {
			assertThat(body(PAGE)).contains(title).doesNotContain(title + " (renamed)");
			// a bad address: refused, nothing published
			this.mvc.perform(choices(plan, "Not An Address!").param("action", "publish").with(as(admin)))
				.andExpect(status().is(422));
			assertThat(body(PAGE)).doesNotContain(title + " (renamed)");
			// only an administrator publishes
			this.mvc.perform(choices(plan, "equity-and-inclusion-plan").param("action", "publish").with(as(member)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/plans/{id}/publication", plan).with(as(member)))
				.andExpect(status().isForbidden());
			this.mvc.perform(choices(plan, "equity-and-inclusion-plan").param("action", "publish").with(as(admin)))
				.andExpect(status().is3xxRedirection());
			assertThat(body(PAGE)).contains(title + " (renamed)");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where entity_type = 'Publication' and summary = 'Plan published'",
					Long.class))
				.isGreaterThanOrEqualTo(2);

			this.mvc.perform(post("/admin/plans/{id}/publication/withdraw", plan).with(csrf()).with(as(member)))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/plans/{id}/publication/withdraw", plan).with(csrf()).with(as(admin)))
				.andExpect(status().is3xxRedirection());
			for (String path : new String[] { PAGE, PAGE + ".csv", PAGE + "/feed.atom" }) {
				this.mvc.perform(get(path)).andExpect(status().isNotFound());
			}
			assertThat(body("/public")).doesNotContain("equity-and-inclusion-plan");
		}
		finally {
			this.jdbc.update("update action_step set title = ? where id = ?", title, step);
			this.mvc.perform(choices(plan, "equity-and-inclusion-plan").param("action", "publish").with(as(admin)))
				.andExpect(status().is3xxRedirection());
		}
	}

	/** The plan's current choices, as the administrators' form sends them. */
	private MockHttpServletRequestBuilder choices(long plan, String slug) {
		MockHttpServletRequestBuilder request = post("/admin/plans/{id}/publication", plan).param("slug", slug)
			.with(csrf());
		for (String kind : new String[] { "aims", "steps", "indicators", "commitments" }) {
			for (Long id : this.jdbc.queryForList("select unnest(" + kind + ") from plan_publication", Long.class)) {
				request = request.param(kind, id.toString());
			}
		}
		for (Map<String, Object> note : this.jdbc
			.queryForList("select n.key, n.value from plan_publication, jsonb_each_text(notes) n")) {
			request = request.param("notes[" + note.get("key") + "]", (String) note.get("value"));
		}
		return request;
	}

	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor as(Person person) {
		return user(new AllianceUser(person));
	}

}
