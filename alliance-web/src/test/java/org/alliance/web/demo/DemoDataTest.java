package org.alliance.web.demo;

import org.alliance.application.demo.DemoDataLoader;
import org.alliance.application.notification.OutboxStore;
import org.alliance.application.notification.OutboxStore.Kind;
import org.alliance.application.notification.OutboxStore.Status;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.plan.AimRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.testsupport.TestDatabase;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.support.PdfText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo plan loads into an empty database of its own, once, with one working account
 * per role.
 */
@Tag("database")
@SpringBootTest(properties = "alliance.demo.enabled=true")
@AutoConfigureMockMvc
class DemoDataTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, "demo_data_test");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonRepository people;

	@Autowired
	WorkgroupRepository workgroups;

	@Autowired
	AimRepository aims;

	@Autowired
	ActionStepRepository steps;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	OutboxStore outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoPlanHasTheFourWorkgroupsTheFiveAimsAndAccountsForEveryRole() throws Exception {
		assertThat(this.workgroups.findAll()).extracting("name")
			.containsExactlyInAnyOrder("Education and Communication", "Data Gathering and Analysis",
					"Organizational Assessment", "Racial Equity Impact Analysis");
		assertThat(this.aims.count()).isEqualTo(5);
		long stepCount = this.steps.count();
		assertThat(stepCount).isGreaterThan(15);

		for (String email : new String[] { "admin@example.org", "director@example.org", "lead@example.org",
				"member@example.org" }) {
			this.mvc.perform(formLogin().user(email).password("alliance-demo")).andExpect(authenticated());
		}
		var lead = this.people.findByEmail("lead@example.org").orElseThrow();
		assertThat(this.workgroups.findAllOf(lead.getId()))
			.anySatisfy((w) -> assertThat(w.isLead(lead.getId())).isTrue());

		this.mvc.perform(get("/login"))
			.andExpect(content().string(containsString("admin@example.org")))
			.andExpect(content().string(containsString("alliance-demo")));
		var member = this.people.findByEmail("member@example.org").orElseThrow();
		this.mvc.perform(get("/").with(SecurityMockMvcRequestPostProcessors.user(new AllianceUser(member))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Overdue")));

		// once loaded, the demo has today's digest for each demo account on the outgoing
		// mail page (no mail server here: they stay queued)
		for (String email : new String[] { "admin@example.org", "director@example.org", "lead@example.org",
				"member@example.org" }) {
			var person = this.people.findByEmail(email).orElseThrow();
			assertThat(this.outbox.page(Status.QUEUED, 0, 100)).as("today's digest for " + email).anySatisfy((m) -> {
				assertThat(m.personId()).isEqualTo(person.getId());
				assertThat(m.kind()).isEqualTo(Kind.DIGEST);
				assertThat(m.text()).contains("/unsubscribe/");
			});
		}
		this.mvc
			.perform(get("/admin/mail").with(SecurityMockMvcRequestPostProcessors
				.user(new AllianceUser(this.people.findByEmail("admin@example.org").orElseThrow()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alliance digest for")))
			.andExpect(content().string(containsString("No mail server is configured")));

		// the demo's impact analyses: one signed off with two mitigations that are steps,
		// one in analysis, one awaiting sign-off (on the dashboard's attention queue)
		assertThat(this.jdbc.queryForList("select status from impact_analysis order by id", String.class))
			.containsExactly("SIGNED_OFF", "IN_ANALYSIS", "AWAITING_SIGN_OFF");
		long signedOff = this.jdbc.queryForObject("select id from impact_analysis where status = 'SIGNED_OFF'",
				Long.class);
		assertThat(
				this.jdbc.queryForList("select s.title from impact_mitigation m join action_step s on s.id = m.step_id"
						+ " where m.analysis_id = ? order by m.id", String.class, signedOff))
			.hasSize(2);
		var director = this.people.findByEmail("director@example.org").orElseThrow();
		var asDirector = SecurityMockMvcRequestPostProcessors.user(new AllianceUser(director));
		this.mvc.perform(get("/dashboard").with(asDirector))
			.andExpect(content().string(containsString("Impact analyses needing attention")))
			.andExpect(content().string(containsString("Replace the spreadsheet used to prepare quarterly figures")));
		byte[] pdf = this.mvc.perform(get("/analyses/{id}.pdf", signedOff).with(asDirector))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfText.of(pdf);
		assertThat(text).contains("Move interpreter services to video by default", "Proceed with mitigations",
				"Offer an in-person interpreter", "First appointment within 14 days of referral", "Age band: 65+");
		// the quoted figures keep their small-cell suppression
		assertThat(text).containsPattern("American Indian or Alaska Native\\s*suppressed");

		// a restart finds people already there and loads nothing twice
		this.loader.run(new DefaultApplicationArguments());
		assertThat(this.steps.count()).isEqualTo(stepCount);
	}

}
