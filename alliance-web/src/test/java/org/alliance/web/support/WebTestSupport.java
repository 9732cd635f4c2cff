package org.alliance.web.support;

import jakarta.servlet.http.Cookie;
import org.alliance.domain.person.Person;
import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.alliance.web.security.AllianceUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The whole application on the real test database, driven through MockMvc with the real
 * security filter chain. Demo data is off; each test builds what it needs with
 * {@link Fixtures}.
 */
@SpringBootTest(properties = "alliance.demo.enabled=false")
@AutoConfigureMockMvc
@Import(Fixtures.class)
public abstract class WebTestSupport extends PostgresTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Fixtures fixtures;

	/**
	 * The session cookie a response set (sessions live in PostgreSQL, carried by a
	 * cookie).
	 */
	protected static Cookie session(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("The response started no session");
		}
		return cookie;
	}

	/** The page at a path as the person sees it, which must answer 200. */
	protected String page(String path, Person person) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).with(as(person)))
			.andExpect(MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The page answering a request that must be refused as invalid (422), to check its
	 * messages and what it kept of the input.
	 */
	protected String refused(RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(MockMvcResultMatchers.status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Acts as the given person, exactly as if they had signed in. */
	protected static RequestPostProcessor as(Person person) {
		return user(new AllianceUser(person));
	}

}
