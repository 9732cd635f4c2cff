package org.alliance.web.operations;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.testsupport.TestDatabase;
import org.alliance.web.AllianceApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with the organisation's identity provider, against an OpenID Connect provider
 * running inside the test: an account an administrator opened gets in with the role
 * Alliance gives it; an unknown, disabled or unverified one does not; signing out signs
 * out at the provider too; the password form can be switched off.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=false")
class SingleSignOnTest {

	static final String DATABASE = "single_sign_on_test";

	static final TestIdentityProvider PROVIDER = start();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, DATABASE);
		registry.add("alliance.oidc.issuer-uri", PROVIDER::issuer);
		registry.add("alliance.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
		registry.add("alliance.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		registry.add("alliance.oidc.name", () -> "Test County ID");
	}

	@AfterAll
	static void stop() {
		PROVIDER.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	PersonRepository people;

	@Test
	void anAccountAnAdministratorOpenedSignsInWithItsAllianceRoleAndSignsOutAtTheProviderToo() throws Exception {
		Person staff = person("sso.staff@example.org", "Wanjiru Kamau", SystemRole.STAFF);
		Person admin = person("sso.admin@example.org", "Tomasz Nowak", SystemRole.ADMIN);

		HttpSession browser = new HttpSession();
		// the provider may vouch for any capitalisation of the address
		assertThat(signIn(browser, "SSO.Staff@Example.org", true)).isEqualTo("/");
		HttpResponse<String> home = browser.get(this.port, "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains(staff.getDisplayName());
		assertThat(browser.get(this.port, "/admin/people").statusCode()).as("roles are Alliance's").isEqualTo(403);

		HttpResponse<String> signOut = browser.post(this.port, "/", "/logout", "");
		String atProvider = signOut.headers().firstValue("Location").orElseThrow();
		assertThat(atProvider).startsWith(PROVIDER.issuer() + "/logout").contains("id_token_hint=");
		HttpResponse<String> back = browser.getAddress(atProvider);
		assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(PROVIDER.signedOut).isNotEmpty();
		assertThat(browser.get(this.port, "/").statusCode()).as("signed out here").isEqualTo(302);

		HttpSession administrator = new HttpSession();
		assertThat(signIn(administrator, admin.getEmail(), true)).isEqualTo("/");
		assertThat(administrator.get(this.port, "/admin/people").statusCode()).isEqualTo(200);
	}

	@Test
	void unknownDisabledAndUnverifiedAccountsAreRefusedWithAMessage() throws Exception {
		assertThat(signIn(new HttpSession(), "stranger@example.org", true)).isEqualTo("/login?sso=account_unknown");

		Person disabled = person("sso.disabled@example.org", "Lucia Ferreira", SystemRole.STAFF);
		disabled.disable();
		this.people.save(disabled);
		assertThat(signIn(new HttpSession(), disabled.getEmail(), true)).isEqualTo("/login?sso=account_disabled");

		Person unverified = person("sso.unverified@example.org", "Jonas Berg", SystemRole.ADMIN);
		HttpSession browser = new HttpSession();
		assertThat(signIn(browser, unverified.getEmail(), false)).isEqualTo("/login?sso=email_unverified");
		assertThat(browser.get(this.port, "/login?sso=email_unverified").body()).contains("no verified e-mail address");
		assertThat(browser.get(this.port, "/").statusCode()).as("not signed in").isEqualTo(302);
	}

	@Test
	void thePasswordFormCanBeSwitchedOffLeavingTheProvider() throws Exception {
		person("sso.local@example.org", "Kofi Mensah", SystemRole.STAFF);
		try (ConfigurableApplicationContext instance = new SpringApplicationBuilder(AllianceApplication.class)
			.properties(Map.of("server.port", "0", "spring.datasource.url", TestDatabase.separateUrl(DATABASE),
					"spring.datasource.username", TestDatabase.username(), "spring.datasource.password",
					TestDatabase.password(), "alliance.demo.enabled", "false", "spring.jmx.enabled", "false",
					"alliance.local-sign-in.enabled", "false", "alliance.oidc.issuer-uri", PROVIDER.issuer(),
					"alliance.oidc.client-id", TestIdentityProvider.CLIENT_ID, "alliance.oidc.client-secret",
					TestIdentityProvider.CLIENT_SECRET))
			.run()) {
			int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
			HttpSession browser = new HttpSession();
			String page = browser.get(port, "/login").body();
			assertThat(page).contains("/oauth2/authorization/sso").doesNotContain("name=\"password\"");
			HttpResponse<String> password = browser.post(port, "/login", "/login",
					"username=sso.local%40example.org&password=correct+horse+battery");
			assertThat(password.statusCode()).as("no password sign-in").isNotEqualTo(302);
			assertThat(browser.get(port, "/").statusCode()).as("not signed in").isEqualTo(302);
		}
	}

	/**
	 * Goes through the provider's sign-in; returns where the app sends the browser after.
	 */
	private String signIn(HttpSession browser, String email, boolean verified) throws Exception {
		PROVIDER.signsIn(email, verified);
		HttpResponse<String> start = browser.get(this.port, "/oauth2/authorization/sso");
		String authorize = start.headers().firstValue("Location").orElseThrow();
		assertThat(authorize).startsWith(PROVIDER.issuer() + "/authorize");
		String callback = browser.getAddress(authorize).headers().firstValue("Location").orElseThrow();
		HttpResponse<String> done = browser.getAddress(callback);
		assertThat(done.statusCode()).isEqualTo(302);
		return done.headers().firstValue("Location").orElseThrow().replace("http://localhost:" + this.port, "");
	}

	private Person person(String email, String name, SystemRole role) {
		return this.people.save(new Person(email, name, "{noop}correct horse battery", role, Instant.now()));
	}

	private static TestIdentityProvider start() {
		try {
			return new TestIdentityProvider();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
