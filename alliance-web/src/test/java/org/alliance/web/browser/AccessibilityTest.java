package org.alliance.web.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.alliance.application.notification.NotificationSettingsService;
import org.alliance.persistence.person.PersonRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crawls every page a role can reach from its home page, in English and Spanish, and runs
 * axe-core on each: no WCAG 2.0/2.1/2.2 A or AA violation is allowed. New pages are found
 * by the crawl, not listed by hand: each route shape (a path with its ids taken out, and
 * the names of its query parameters) is visited once per role and language, with no cap,
 * and when the class has run whole, every page route of the application must have been
 * visited by one of its tests or be named in {@link #NOT_CRAWLED} with the reason. Each
 * page must also reflow at 320 CSS pixels without horizontal scrolling, and no table cell
 * may break a word across lines at 320, 375 or 1366 pixels. A page with a problem is
 * saved as a screenshot under target/screenshots (every page with
 * {@code -Dalliance.screenshots=true}).
 */
class AccessibilityTest extends BrowserTestSupport {

	/**
	 * Not a page limit (every shape is crawled): a crawl that reaches this many pages has
	 * run away (a link that makes new addresses forever) and fails.
	 */
	static final int RUNAWAY = 400;

	/**
	 * Page routes no crawl reaches through a link, with where they are checked instead;
	 * downloads, the API and Swagger UI are left out by {@link #isPageRoute}.
	 */
	static final Map<String, String> NOT_CRAWLED = Map.of("/setup/{token}",
			"the first administrator's one-time link, made only on an empty database: FirstAdministratorTest",
			"/admin/mail/{id}/html", "a mail's HTML part shown inside the outgoing mail page's sandboxed frame",
			"/workgroups/{id}/members/{personId}/remove",
			"the no-script confirmation of a removal (the page's button asks first): WorkgroupManagementTest",
			"/commitments/{id}/events/{eventId}/remove",
			"the no-script confirmation of a removal (the page's button asks first): CommitmentCorrectionTest");

	/** Every path any test of this class opened, for the route coverage check. */
	static final Set<String> VISITED = ConcurrentHashMap.newKeySet();

	/** The tests of this class that ran; the coverage check needs all of them. */
	static final Set<String> RAN = ConcurrentHashMap.newKeySet();

	/** How many tests this class has, counting each parameter set. */
	static final int TESTS = 8 + 2 + 2 + 2 + 1;

	@AfterAll
	static void everyPageRouteWasVisited(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Assumptions.assumeTrue(RAN.size() == TESTS,
				"route coverage is checked when the whole class runs (" + RAN.size() + " of " + TESTS + " ran)");
		Set<String> missed = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String route = pattern.getPatternString();
				if (isPageRoute(route) && !NOT_CRAWLED.containsKey(route) && VISITED.stream()
					.noneMatch((path) -> pattern.matches(PathContainer.parsePath(path.split("\\?", 2)[0])))) {
					missed.add(route);
				}
			}
		}
		assertThat(missed).as("page routes that no crawl reached (add a link, a test here, or a reason in NOT_CRAWLED)")
			.isEmpty();
	}

	private static boolean isPageRoute(String route) {
		return !(route.startsWith("/api/") || route.startsWith("/actuator") || route.equals("/error")
				|| route.startsWith("/api-docs") || route.startsWith("/swagger-ui") || route.startsWith("/v3/")
				|| route.endsWith(".csv") || route.endsWith(".pdf") || route.endsWith(".zip") || route.endsWith(".atom")
				|| route.endsWith(".json") || route.endsWith("/export") || route.contains("/evidence/"));
	}

	@BeforeEach
	void counted(TestInfo test) {
		RAN.add(test.getDisplayName() + test.getTestMethod().map(Object::toString).orElse(""));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "member@example.org,en", "lead@example.org,en", "admin@example.org,en", "director@example.org,en",
			"member@example.org,es", "lead@example.org,es", "admin@example.org,es", "director@example.org,es" })
	void everyPageARoleReachesPassesAxe(String email, String language) {
		List<String> problems = new ArrayList<>();
		open("/login");
		analyse("/login (signed out)", problems);
		signIn(email);
		// crawls run two at a time: the session's language is chosen here whatever the
		// person's stored preference (another crawl of the same person may have changed
		// it)
		if (!language.equals(this.driver.findElement(By.tagName("html")).getAttribute("lang"))) {
			switchLanguage(language);
		}
		try {
			Set<String> visited = crawl(email, problems, language);
			assertThat(visited).as("pages reached by " + email).hasSizeGreaterThan(5);
			open("/action-steps/987654321");
			analyse("404 page", problems);
		}
		finally {
			if (language.equals("es")) {
				open("/");
				switchLanguage("en");
			}
		}
		assertThat(problems).as("accessibility problems for " + email + " in " + language).isEmpty();
	}

	/**
	 * The check itself can fail: a page given an image without a text alternative and a
	 * field without a label is reported for both.
	 */
	@Test
	void theCheckFindsViolationsWhereThereAreSome() {
		open("/login");
		assertThat(Axe.violations(this.driver)).as("the sign-in page").isEmpty();
		((JavascriptExecutor) this.driver).executeScript("""
				const main = document.querySelector('main') || document.body;
				main.insertAdjacentHTML('beforeend', '<img src="/favicon.ico"><input type="text" name="unlabelled">');
				""");
		assertThat(Axe.violations(this.driver)).anyMatch((v) -> v.startsWith("image-alt"))
			.anyMatch((v) -> v.startsWith("label"));
	}

	/**
	 * The public pages, as a visitor who never signs in reads them, in both languages, at
	 * desktop and phone widths.
	 */
	@ParameterizedTest(name = "public pages in {0}")
	@CsvSource({ "en", "es" })
	void publicPagesPassAxe(String language) {
		List<String> problems = new ArrayList<>();
		// an e-mail's unsubscribe link, opened without signing in
		long member = this.people.findByEmail("member@example.org").orElseThrow().getId();
		String unsubscribe = "/unsubscribe/" + this.notificationSettings.unsubscribeKey(member) + "/digest?lang="
				+ language;
		for (String path : List.of("/public?lang=" + language,
				"/public/plans/equity-and-inclusion-plan?lang=" + language, unsubscribe, "/feedback?lang=" + language,
				"/public/you-said-we-did?lang=" + language)) {
			open(path);
			assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
			analyse(path, problems);
			checkWidths(path, problems, "pages/public/" + language + "-" + shapeName(path));
		}
		// the feedback form with its errors, then the status page of what was sent
		open("/feedback?lang=" + language);
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitFor(By.cssSelector(".error-summary"));
		analyse("/feedback with errors", problems);
		new Select(this.driver.findElement(By.id("topic"))).selectByValue("PLAN");
		this.driver.findElement(By.id("message")).sendKeys("Checked by axe in " + language);
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitFor(By.id("reference"));
		analyse("feedback status", problems);
		checkWidths("feedback status", problems, "pages/public/" + language + "-feedback-status");
		assertThat(problems).as("accessibility problems on public pages in " + language).isEmpty();
	}

	@Override
	void open(String path) {
		VISITED.add(path);
		super.open(path);
	}

	@Autowired
	NotificationSettingsService notificationSettings;

	@Autowired
	PersonRepository people;

	private static String shapeName(String path) {
		return path.split("\\?")[0].replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private Set<String> crawl(String email, List<String> problems, String language) {
		// each route shape once: the waiting shapes, each with the shortest address found
		// for it (the plain page rather than a sorted or filtered one)
		Map<String, String> waiting = new LinkedHashMap<>();
		Set<String> done = new HashSet<>();
		Set<String> visited = new LinkedHashSet<>();
		// search results are reached through the header's form, not a link
		for (String seed : List.of("/", "/search?q=data")) {
			waiting.put(shape(seed), seed);
		}
		while (!waiting.isEmpty()) {
			Map.Entry<String, String> next = waiting.entrySet().iterator().next();
			waiting.remove(next.getKey());
			done.add(next.getKey());
			String path = next.getValue();
			visited.add(path);
			assertThat(visited.size()).as("pages crawled by " + email + ": the crawl has run away at " + path)
				.isLessThan(RUNAWAY);
			open(path);
			String lang = this.driver.findElement(By.tagName("html")).getAttribute("lang");
			if (!language.equals(lang)) {
				problems.add(path + ": html lang is " + lang + ", expected " + language);
			}
			analyse(path, problems);
			checkWidths(path, problems, screenshotName(email + "-" + language, path));
			for (Object href : (List<?>) ((JavascriptExecutor) this.driver)
				.executeScript("return [...document.querySelectorAll('a[href]')].map((a) => a.href);")) {
				String found = sameSitePath(String.valueOf(href));
				if (found != null && !done.contains(shape(found))) {
					waiting.merge(shape(found), found,
							(old, candidate) -> (candidate.length() < old.length()) ? candidate : old);
				}
			}
		}
		return visited;
	}

	private void analyse(String page, List<String> problems) {
		// a page reached by a click (a form's answer) counts for the route coverage too
		String current = this.driver.getCurrentUrl();
		if (current != null && current.startsWith(url(""))) {
			VISITED.add(URI.create(current).getRawPath());
		}
		for (String violation : Axe.violations(this.driver)) {
			problems.add(page + ": " + violation);
		}
		assertThat(this.driver.getTitle()).as(page + " has a title").isNotBlank();
	}

	/**
	 * The impact analysis pages in every state an administrator can reach them (who may
	 * write and decide any analysis), in both languages: the list, a new analysis with
	 * its error summary, its screening, the six steps, an analysis in analysis with its
	 * impact form, a mitigation, one awaiting sign-off with the decision form, one signed
	 * off.
	 */
	@ParameterizedTest(name = "impact analyses in {0}")
	@CsvSource({ "en", "es" })
	void impactAnalysisPagesPassAxe(String language) {
		List<String> problems = new ArrayList<>();
		signIn("admin@example.org");
		if (language.equals("es")) {
			switchLanguage("es");
		}
		try {
			List<String> pages = new ArrayList<>();
			open("/analyses");
			for (WebElement link : this.driver.findElements(By.cssSelector("#analyses-table a"))) {
				pages.add(sameSitePath(link.getAttribute("href")));
			}
			assertThat(pages).as("the demo's analyses").hasSizeGreaterThanOrEqualTo(3);
			pages.add(0, "/analyses");
			pages.add("/analyses/new");
			for (String path : List.copyOf(pages)) {
				open(path);
				for (WebElement link : this.driver.findElements(
						By.cssSelector("a[href$='/sections'], a[href$='/mitigations/new'], a[href$='/edit']"))) {
					String next = sameSitePath(link.getAttribute("href"));
					if (!pages.contains(next)) {
						pages.add(next);
					}
				}
			}
			for (String path : pages) {
				open(path);
				analyse(path, problems);
				checkWidths(path, problems, "pages/admin-" + language + "/" + shapeName(path));
			}
			// a new analysis sent empty: its error summary; then its screening
			open("/analyses/new");
			this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
			waitFor(By.cssSelector(".error-summary"));
			analyse("/analyses/new with errors", problems);
			this.driver.findElement(By.id("title")).sendKeys("Accessibility check " + language);
			new Select(this.driver.findElement(By.id("workgroupId"))).selectByIndex(1);
			new Select(this.driver.findElement(By.id("subjectKind"))).selectByIndex(1);
			this.driver.findElement(By.id("description")).sendKeys("Checked by axe");
			this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
			waitFor(By.cssSelector(".flash-success"));
			this.driver.findElement(By.cssSelector(".actions form button[type=submit]")).click();
			waitFor(By.id("negative"));
			analyse("screening", problems);
			checkWidths("screening", problems, "pages/analyses/" + language + "-screening");
			assertThat(pages).as("pages of every shape")
				.anyMatch((p) -> p.endsWith("/sections"))
				.anyMatch((p) -> p.endsWith("/mitigations/new"));
		}
		finally {
			if (language.equals("es")) {
				open("/");
				switchLanguage("en");
			}
		}
		assertThat(problems).as("accessibility problems on impact analysis pages in " + language).isEmpty();
	}

	/**
	 * Plan templates and checklists, in both languages: the template list with an
	 * import's problem table, a template, the new-plan form (whole and with its error
	 * summary), saving a plan as a template with errors, the demo's checklist step with a
	 * refused tick, and the dashboard with its checklists.
	 */
	@ParameterizedTest(name = "templates and checklists in {0}")
	@CsvSource({ "en", "es" })
	void templateAndChecklistPagesPassAxe(String language) throws IOException {
		List<String> problems = new ArrayList<>();
		signIn("admin@example.org");
		if (language.equals("es")) {
			switchLanguage("es");
		}
		try {
			for (String path : List.of("/admin/templates", "/admin/templates/five-equity-aims/1",
					"/admin/templates/provider-calls-to-action/1/new-plan", "/admin/plans/1/save-as-template")) {
				open(path);
				analyse(path, problems);
				checkWidths(path, problems, "pages/admin-" + language + "/" + shapeName(path));
			}
			open("/admin/templates");
			Path bad = Files.createTempFile("template", ".json");
			Files.writeString(bad, "{\"format\": \"alliance-plan-template/1\", \"colour\": 1}");
			this.driver.findElement(By.id("file")).sendKeys(bad.toString());
			this.driver.findElement(By.cssSelector("form[action$='/import'] button[type=submit]")).click();
			waitFor(By.id("import-problems"));
			analyse("template import with problems", problems);
			checkWidths("template import with problems", problems, "pages/templates/" + language + "-import-problems");
			open("/admin/templates/five-equity-aims/1/new-plan");
			this.driver.findElement(By.id("name")).clear();
			this.driver.findElement(By.id("title-library")).clear();
			this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
			waitFor(By.cssSelector(".error-summary"));
			analyse("new plan from a template with errors", problems);
			checkWidths("new plan from a template with errors", problems, "pages/templates/" + language + "-new-plan");
			open("/admin/plans/1/save-as-template");
			this.driver.findElement(By.id("key")).clear();
			this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
			waitFor(By.cssSelector(".error-summary"));
			analyse("save as template with errors", problems);
			open("/plans/1");
			waitFor(By.cssSelector("a[href*='/action-steps/'][href*='from=plan']"));
			String checklistStep = this.driver.findElements(By.cssSelector("a[href*='/action-steps/']"))
				.stream()
				.filter((a) -> a.getText().contains("calls to action") || a.getText().contains("llamamientos"))
				.findFirst()
				.map((a) -> sameSitePath(a.getAttribute("href")))
				.orElseThrow();
			open(checklistStep);
			waitFor(By.id("checklist"));
			analyse("checklist step", problems);
			checkWidths("checklist step", problems, "pages/templates/" + language + "-checklist-step");
			WebElement item = this.driver.findElement(By.cssSelector("ol.checklist > li details"));
			item.findElement(By.tagName("summary")).click();
			WebElement day = item.findElement(By.cssSelector("input[type=date]"));
			((JavascriptExecutor) this.driver).executeScript("arguments[0].value = '2999-01-01'", day);
			item.findElement(By.cssSelector("button[type=submit]")).click();
			waitFor(By.cssSelector("#checklist .field-error"));
			analyse("checklist step with a refused tick", problems);
			checkWidths("checklist step with a refused tick", problems, "pages/templates/" + language + "-checklist");
			open("/dashboard?plan=1");
			waitFor(By.id("checklist-progress"));
			analyse("dashboard with checklists", problems);
		}
		finally {
			if (language.equals("es")) {
				open("/");
				switchLanguage("en");
			}
		}
		assertThat(problems).as("accessibility problems on template and checklist pages in " + language).isEmpty();
	}

	/**
	 * The page at the three widths that matter, in one pass: 1366 (a desktop), 375 (a
	 * phone) and 320 CSS pixels, where by WCAG 1.4.10 the page itself never scrolls
	 * sideways (data tables scroll in place). At each width no table cell breaks a word.
	 * A page with a problem is saved as screenshots at 375 and 1366 pixels.
	 */
	private void checkWidths(String page, List<String> problems, String screenshot) {
		int before = problems.size();
		Dimension normal = this.driver.manage().window().getSize();
		try {
			for (int width : new int[] { 1366, 375, 320 }) {
				this.driver.manage().window().setSize(new Dimension(width, 900));
				checkWords(page + " at " + width + "px", problems);
				if (width == 320) {
					Object overflow = ((JavascriptExecutor) this.driver)
						.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
					if (overflow instanceof Number n && n.intValue() > 0) {
						problems.add(page + ": scrolls sideways by " + n + "px at 320px wide");
					}
				}
			}
			if (problems.size() > before || Browser.screenshotsWanted()) {
				for (int width : new int[] { 375, 1366 }) {
					this.driver.manage().window().setSize(new Dimension(width, 900));
					Browser.fullPageScreenshot(this.driver, screenshot + "-" + width);
				}
			}
		}
		finally {
			this.driver.manage().window().setSize(normal);
		}
	}

	/**
	 * A word in a table cell whose letters sit on more than one line is broken (a header
	 * shown as "Assigne e", a title one letter per line).
	 */
	private void checkWords(String page, List<String> problems) {
		Object broken = ((JavascriptExecutor) this.driver).executeScript(BROKEN_WORDS);
		if (broken instanceof List<?> words && !words.isEmpty()) {
			problems.add(page + ": words broken across lines in table cells: " + words);
		}
	}

	static final String BROKEN_WORDS = """
			const broken = [];
			for (const cell of document.querySelectorAll('td, th')) {
			  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    const words = /[\\p{L}\\p{N}]{2,}/gu;
			    for (let m = words.exec(node.data); m; m = words.exec(node.data)) {
			      const range = document.createRange();
			      range.setStart(node, m.index);
			      range.setEnd(node, m.index + m[0].length);
			      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
			      if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 4) {
			        broken.push(m[0]);
			      }
			    }
			  }
			}
			return broken.slice(0, 12);
			""";

	private static String screenshotName(String role, String path) {
		String page = path.equals("/") ? "home" : path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return "pages/" + role.replace("@example.org", "") + "/" + page;
	}

	private void switchLanguage(String language) {
		this.driver.findElement(By.cssSelector(".language-switch button[value=" + language + "]")).click();
		waitFor(By.cssSelector("html[lang=" + language + "]"));
	}

	private String sameSitePath(String href) {
		if (href == null || !href.startsWith(url(""))) {
			return null;
		}
		URI uri = URI.create(href);
		String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		String file = path.split("\\?", 2)[0];
		if (path.startsWith("/public") || file.equals("/feedback") || path.startsWith("/feedback/")) {
			// the public pages (and the public feedback form) have their own language in
			// the
			// address: publicPagesPassAxe
			return null;
		}
		if (path.startsWith("/api-docs") || path.startsWith("/swagger-ui")) {
			// Swagger UI: the API's reference for developers, a third-party page in
			// English
			// only (its answers are JSON: ApiContractTest)
			return null;
		}
		if (path.startsWith("/logout") || path.startsWith("/css/") || file.endsWith(".pdf") || file.endsWith(".csv")
				|| file.endsWith(".zip") || file.endsWith(".atom") || file.endsWith(".json")
				|| path.endsWith("/export")) {
			// downloads are not pages; their own tests check them
			return null;
		}
		return path;
	}

	/**
	 * A route shape: the path with its ids taken out. Pages that differ only by ids or by
	 * their query (sorted, filtered, where the person came from) are the same template:
	 * visit one of each.
	 */
	private static String shape(String path) {
		return path.split("\\?", 2)[0].replaceAll("\\d+", "{id}");
	}

}
