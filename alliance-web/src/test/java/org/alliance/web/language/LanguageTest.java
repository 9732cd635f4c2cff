package org.alliance.web.language;

import jakarta.servlet.http.Cookie;
import org.alliance.domain.person.Person;
import org.alliance.persistence.audit.AuditEntryRepository;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

class LanguageTest extends WebTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	AuditEntryRepository audit;

	@Test
	void browserLanguageChoosesSpanishAndSetsLang() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString("lang=\"es\"")))
			.andExpect(content().string(containsString("Iniciar sesión en Alliance")));
		this.mvc.perform(get("/login").header("Accept-Language", "fr-FR"))
			.andExpect(content().string(containsString("lang=\"en\"")));
		this.mvc.perform(get("/login").header("Accept-Language", ";;;garbage"))
			.andExpect(content().string(containsString("Sign in to Alliance")));
	}

	@Test
	void switchingLanguageIsRememberedAsThePersonsPreference() throws Exception {
		Person member = this.fixtures.staff();
		Cookie session = session(this.mvc.perform(
				post("/language").param("lang", "es").param("returnTo", "/workgroups").with(csrf()).with(as(member)))
			.andExpect(redirectedUrl("/workgroups"))
			.andReturn());
		this.mvc.perform(get("/").with(as(member)).cookie(session))
			.andExpect(content().string(containsString("Mis pasos de acción")));
		assertThat(this.fixtures.reload(member).getLanguage()).isEqualTo("es");
		assertThat(this.audit.findAll()).anySatisfy((e) -> assertThat(e.getEntityId()).isEqualTo(member.getId()))
			.filteredOn((e) -> e.getEntityId().equals(member.getId()) && e.getEntityType().equals("Person"))
			.singleElement()
			.satisfies((e) -> assertThat(e.getAfterJson()).contains("\"language\":\"es\""));
		// a new session (a later sign-in) starts in the saved language
		this.mvc.perform(get("/").with(as(this.fixtures.reload(member))))
			.andExpect(content().string(containsString("lang=\"es\"")));
	}

	@Test
	void switchNeverRedirectsToAnotherSite() throws Exception {
		for (String target : new String[] { "https://evil.example", "//evil.example", "/\\evil.example", "" }) {
			this.mvc.perform(post("/language").param("lang", "es").param("returnTo", target).with(csrf()))
				.andExpect(redirectedUrl("/"));
		}
		this.mvc.perform(post("/language").param("lang", "xx").param("returnTo", "/login").with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

}
