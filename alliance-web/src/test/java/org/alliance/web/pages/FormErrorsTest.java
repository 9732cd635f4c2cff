package org.alliance.web.pages;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Errors as the GOV.UK pattern has them: the title starts with "Error:", the summary
 * takes the focus and lists every error at once in the order of the form, and switching
 * language on the page shown again keeps what was typed and saves nothing.
 */
class FormErrorsTest extends WebTestSupport {

	@Autowired
	PersonRepository people;

	@Test
	void everyErrorAtOnceInFormOrderWithErrorInTheTitleAndTheSummaryFocused() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String html = this.mvc
			.perform(post("/admin/people").param("displayName", "")
				.param("email", "not an address")
				.param("role", "STAFF")
				.param("password", "short")
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("<title>Error: [^<]+</title>");
		String summary = html.substring(html.indexOf("class=\"error-summary\""));
		summary = summary.substring(0, summary.indexOf("</div>"));
		assertThat(summary).contains("autofocus");
		int name = summary.indexOf("Enter a name of up to 120 characters.");
		int email = summary.indexOf("Enter an e-mail address such as name@example.org.");
		int password = summary.indexOf("Enter a password of 12 to 128 characters.");
		assertThat(name).as("name error in the summary").isPositive();
		assertThat(email).as("the e-mail error after the name's").isGreaterThan(name);
		assertThat(password).as("the password error after the e-mail's").isGreaterThan(email);
		// a page without errors has a plain title
		assertThat(page("/admin/people/new", admin)).doesNotContain("<title>Error:");
	}

	@Test
	void switchingLanguageOnAFormShownAgainKeepsWhatWasTypedAndSavesNothing() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String typedName = "Dana Ruiz <script>";
		MvcResult failed = this.mvc
			.perform(post("/admin/people").param("displayName", typedName)
				.param("email", "dana at example")
				.param("role", "LEADERSHIP")
				.param("password", "secret-typed-password")
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is(422))
			.andReturn();
		String html = failed.getResponse().getContentAsString();
		// the switch sends this form back to where it was sent, with what was typed but
		// never the password
		String switcher = html.substring(html.lastIndexOf("<form", html.indexOf("class=\"language-switch\"")));
		switcher = switcher.substring(0, switcher.indexOf("</form>"));
		assertThat(switcher).contains("action=\"/admin/people\"")
			.contains("name=\"_language\" value=\"es\"")
			.contains("value=\"dana at example\"")
			.contains("value=\"Dana Ruiz &lt;script&gt;\"")
			.doesNotContain("secret-typed-password");
		long before = this.people.count();
		MvcResult switched = this.mvc
			.perform(post("/admin/people").param("displayName", typedName)
				.param("email", "dana at example")
				.param("role", "LEADERSHIP")
				.param("_language", "es")
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is(422))
			.andReturn();
		String spanish = switched.getResponse().getContentAsString();
		assertThat(spanish).contains("lang=\"es\"")
			.contains("Introduzca un correo electrónico como nombre@example.org.")
			.contains("value=\"dana at example\"")
			.contains("value=\"Dana Ruiz &lt;script&gt;\"")
			.doesNotContain("not available");
		assertThat(this.people.count()).isEqualTo(before);
		assertThat(this.fixtures.reload(admin).getLanguage()).isEqualTo("es");
	}

	@Test
	void aValidFormSentOnlyToSwitchLanguageIsShownAgainNotSaved() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		long before = this.people.count();
		String html = this.mvc
			.perform(post("/admin/people").param("displayName", "Valid Person")
				.param("email", "valid.person." + System.nanoTime() + "@example.org")
				.param("role", "STAFF")
				.param("password", "a-long-enough-password-77")
				.param("_language", "es")
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("lang=\"es\"").contains("value=\"Valid Person\"");
		assertThat(this.people.count()).isEqualTo(before);
	}

}
