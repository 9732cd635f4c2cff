package org.alliance.web.support;

import org.alliance.domain.person.Person;
import org.alliance.persistence.testsupport.PostgresTestSupport;
import org.alliance.web.security.AllianceUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

	/** Acts as the given person, exactly as if they had signed in. */
	protected static RequestPostProcessor as(Person person) {
		return user(new AllianceUser(person));
	}

}
