package org.alliance.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Starts Debian's headless Chromium through its chromedriver. Where they are missing the
 * browser tests are skipped with a message, except when
 * {@code alliance.browser.required=true} (set by CI), where a browser that cannot start
 * fails the build instead of silently skipping.
 */
final class Browser {

	static final String CHROMIUM = System.getProperty("alliance.browser.binary", "/usr/bin/chromium");

	static final String DRIVER = System.getProperty("alliance.browser.driver", "/usr/bin/chromedriver");

	private Browser() {
	}

	/**
	 * Whether every page the tests look at is saved as a screenshot
	 * ({@code -Dalliance.screenshots=true}); otherwise only pages with a problem and
	 * failed tests are.
	 */
	static boolean screenshotsWanted() {
		return Boolean.getBoolean("alliance.screenshots")
				|| "true".equalsIgnoreCase(System.getenv("ALLIANCE_SCREENSHOTS"));
	}

	static boolean required() {
		return Boolean.getBoolean("alliance.browser.required")
				|| "true".equalsIgnoreCase(System.getenv("ALLIANCE_BROWSER_REQUIRED"));
	}

	static WebDriver start() {
		boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
		if (!present) {
			String message = "Browser tests need " + CHROMIUM + " and " + DRIVER
					+ " (Debian packages chromium and chromium-driver)";
			if (required()) {
				throw new IllegalStateException(message + ", and alliance.browser.required is set");
			}
			Assumptions.abort(message + "; skipped on this machine.");
		}
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
					"--disable-quic", "--lang=en-GB",
					"--user-data-dir=" + Files.createTempDirectory("alliance-chromium"));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(Path.of(DRIVER).toFile())
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			driver.manage().window().setSize(new Dimension(1280, 900));
			return driver;
		}
		catch (IOException | RuntimeException ex) {
			if (required()) {
				throw new IllegalStateException("Chromium could not start for the browser tests", ex);
			}
			Assumptions.abort("Chromium could not start (" + ex.getMessage() + "); browser tests skipped.");
			return null;
		}
	}

	/**
	 * Saves the whole page (not only the first screen) under target/screenshots, for a
	 * person to look at.
	 */
	static void fullPageScreenshot(WebDriver driver, String name) {
		Map<String, Object> metrics = ((HasCdp) driver).executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		double width = ((Number) size.get("width")).doubleValue();
		double height = Math.min(((Number) size.get("height")).doubleValue(), 16000);
		Map<String, Object> shot = ((HasCdp) driver).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		write(name, Base64.getDecoder().decode((String) shot.get("data")));
	}

	private static void write(String name, byte[] png) {
		try {
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, png);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
	}

	/**
	 * Saves what the user sees under target/screenshots, for a person to look at, when
	 * screenshots are asked for ({@link #screenshotsWanted()}).
	 */
	static void screenshot(WebDriver driver, String name) {
		if (!screenshotsWanted()) {
			return;
		}
		write(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
