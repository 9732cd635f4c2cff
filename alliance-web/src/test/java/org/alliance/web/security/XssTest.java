package org.alliance.web.security;

import java.util.List;
import java.util.UUID;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.workgroup.WorkgroupRepository;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Script typed into any text field comes back as text on every page that shows it, never
 * as markup.
 */
class XssTest extends WebTestSupport {

	@Autowired
	WorkgroupRepository workgroups;

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
			"</textarea><script>alert(1)</script>", "{{7*7}} [[${7*7}]] <b onmouseover=alert(1)>x</b>" })
	void payloadsInEveryTextFieldAreEscapedWhereverTheyAreShown(String payload) throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person lead = this.fixtures.staff();
		String tag = UUID.randomUUID().toString().substring(0, 6);

		this.mvc
			.perform(post("/admin/people").param("displayName", payload)
				.param("email", "xss-" + tag + "@example.org")
				.param("role", "STAFF")
				.param("password", "plum orchard lantern 42")
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/workgroups").param("name", tag + payload)
				.param("charge", payload)
				.param("leadId", lead.getId().toString())
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is3xxRedirection());
		Workgroup workgroup = this.workgroups.findAllWithMembers()
			.stream()
			.filter((w) -> w.getName().startsWith(tag))
			.findFirst()
			.orElseThrow();
		String planLocation = this.mvc
			.perform(post("/admin/plans").param("name", payload)
				.param("description", payload)
				.param("startDate", "2026-01-01")
				.param("endDate", "2027-01-01")
				.param("status", "ACTIVE")
				.with(csrf())
				.with(as(admin)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long planId = Long.valueOf(planLocation.replaceAll("\\D+", " ").trim().split(" ")[0]);
		this.mvc
			.perform(post("/admin/plans/{id}/aims", planId).param("number", "1")
				.param("title", payload)
				.param("description", payload)
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is3xxRedirection());
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		String stepLocation = this.mvc
			.perform(post("/workgroups/{id}/steps", workgroup.getId()).param("title", payload)
				.param("description", payload)
				.param("aimId", aim.getId().toString())
				.param("weight", "1")
				.with(csrf())
				.with(as(lead)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long stepId = Long.valueOf(stepLocation.replaceAll("\\D+", ""));
		this.mvc
			.perform(post("/action-steps/{id}/updates", stepId).param("status", "BLOCKED")
				.param("percent", "5")
				.param("narrative", payload)
				.param("version", "0")
				.with(csrf())
				.with(as(lead)))
			.andExpect(status().is3xxRedirection());
		// a failed form echoes the payload back too
		String echoed = this.mvc
			.perform(post("/action-steps/{id}/updates", stepId).param("status", "IN_PROGRESS")
				.param("percent", "500")
				.param("narrative", payload)
				.param("version", "1")
				.with(csrf())
				.with(as(lead)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertEscaped("step form with errors", echoed, payload);

		for (String page : List.of("/action-steps/" + stepId, "/workgroups/" + workgroup.getId(), "/workgroups",
				"/my-steps", "/plans/" + planId, "/plans", "/dashboard?plan=" + planId, "/admin/people", "/admin/audit",
				"/admin/plans/" + planId + "/edit", "/admin/workgroups/" + workgroup.getId() + "/edit")) {
			String html = this.mvc.perform(get(page).with(as(admin)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertEscaped(page, html, payload);
		}
		String leadHome = this.mvc.perform(get("/").with(as(lead))).andReturn().getResponse().getContentAsString();
		assertEscaped("lead's home", leadHome, payload);
	}

	private static void assertEscaped(String page, String html, String payload) {
		assertThat(html).as(page).doesNotContain(payload);
		assertThat(html).as(page)
			.doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContain("<svg onload")
			.doesNotContain("<b onmouseover")
			.doesNotContain(">49<");
	}

}
