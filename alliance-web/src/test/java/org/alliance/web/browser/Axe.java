package org.alliance.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core (the copy bundled with Deque's Selenium integration) run in the page: the WCAG
 * 2.0, 2.1 and 2.2 A and AA rules, violations only. The script is handed to the browser
 * once ({@link #install}) and Chromium adds it to every page it opens, instead of sending
 * half a megabyte of script with every check; passes and inapplicable rules are not
 * described node by node. Frames are not entered: the app's only frame is a mail's HTML
 * part, sandboxed without scripts.
 */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String SOURCE = source();

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			if (!window.axe) { done(null); return; }
			window.axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'],
			    iframes: false })
			  .then((r) => done(r.violations.map((v) => v.id + ' (' + v.help + ') at '
			      + JSON.stringify(v.nodes.map((n) => n.target)))))
			  .catch((e) => done(['axe failed: ' + e]));
			""";

	private Axe() {
	}

	private static String source() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** From now on, every page the browser opens carries axe. */
	static void install(WebDriver driver) {
		((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
	}

	/** The violations on the page the browser shows, one line each: rule, help, where. */
	static List<String> violations(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Object found = js.executeAsyncScript(RUN, TAGS);
		if (found == null) {
			// a page opened before install: give it the script now
			js.executeScript(SOURCE);
			found = js.executeAsyncScript(RUN, TAGS);
		}
		List<String> violations = new ArrayList<>();
		if (found instanceof List<?> list) {
			list.forEach((v) -> violations.add(String.valueOf(v)));
		}
		else {
			violations.add("axe gave no result: " + found);
		}
		return violations;
	}

}
