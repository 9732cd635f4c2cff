package org.alliance.web.publication;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.publication.PublicPlan;
import org.alliance.application.shared.CacheSettings;
import org.alliance.application.publication.PublicationService;
import org.alliance.application.publication.PublicationService.Published;
import org.alliance.application.shared.NotFoundException;
import org.alliance.web.shared.AppAddress;
import org.alliance.web.shared.CsvCells;
import org.alliance.web.shared.PageBodyRenderer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The public pages: anyone, without signing in, reads what an administrator published, in
 * English or Spanish ({@code ?lang=es}), with its figures as CSV and an Atom feed of
 * publications. Each answer costs one statement; proxies may keep it but ask again each
 * time ({@code no-cache} with an ETag), so a withdrawn page is gone at once.
 */
@Controller
@PreAuthorize("permitAll()")
class PublicController {

	private final PublicationService publications;

	private final MessageSource messages;

	private final PageBodyRenderer renderer;

	private final AppAddress address;

	PublicController(PublicationService publications, MessageSource messages, PageBodyRenderer renderer,
			CacheManager caches, AppAddress address) {
		this.address = address;
		this.pages = CacheSettings.cache(caches, CACHE);
		this.publications = publications;
		this.messages = messages;
		this.renderer = renderer;
	}

	@GetMapping("/public")
	String index(Locale locale, HttpServletResponse response, Model model) {
		cacheable(response);
		model.addAttribute("published", this.publications.published());
		model.addAttribute("lang", locale.getLanguage());
		return "public/index";
	}

	/**
	 * The page of a publication is the same for every visitor: rendered once per
	 * publication and language, then served from memory.
	 */
	@GetMapping(path = "/public/plans/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String plan(@PathVariable String slug, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Published published = current(slug);
		if (new ServletWebRequest(request, response)
			.checkNotModified("\"p" + published.id() + "-" + locale.getLanguage() + "\"")) {
			return null;
		}
		cacheable(response);
		return CacheSettings.load(this.pages, published.id() + "-" + locale.getLanguage(), () -> {
			Map<String, Object> values = new HashMap<>();
			values.put("published", published);
			values.put("plan", published.plan());
			values.put("lang", locale.getLanguage());
			values.put("feed", request.getContextPath() + "/public/plans/" + published.slug() + "/feed.atom?lang="
					+ locale.getLanguage());
			return this.renderer.html("public/plan", values, locale, request, response);
		});
	}

	/** The cache of rendered public pages, by publication and language. */
	static final String CACHE = "public-pages";

	/** At most this many rendered pages are kept (publications times languages). */
	static final int MAX_PAGES = 64;

	@Configuration(proxyBeanMethods = false)
	static class Caching {

		@Bean
		CacheSettings.Spec publicPageCache() {
			return new CacheSettings.Spec(CACHE, MAX_PAGES, Duration.ofHours(1));
		}

	}

	private final Cache pages;

	@GetMapping("/public/plans/{slug}.csv")
	void csv(@PathVariable String slug, Locale locale, HttpServletResponse response) throws IOException {
		Published published = current(slug);
		cacheable(response);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"" + slug + ".csv\"");
		PublicPlan plan = published.plan();
		try (CSVPrinter csv = new CSVPrinter(response.getWriter(),
				CSVFormat.RFC4180.builder()
					.setHeader("kind", "aim", "name", "status", "percent", "last_update", "dimension", "period",
							"group", "value", "suppressed", "ratio", "fares_worse")
					.get())) {
			for (PublicPlan.Aim aim : plan.aims()) {
				csv.printRecord("aim", aim.number(), CsvCells.safe(aim.title()), "", aim.percent(), "", "", "", "", "",
						"", "", "");
				for (PublicPlan.Step step : aim.steps()) {
					csv.printRecord("step", aim.number(), CsvCells.safe(step.title()), step.status(), step.percent(),
							(step.lastUpdate() != null) ? step.lastUpdate() : "", "", "", "", "", "", "", "");
				}
			}
			for (PublicPlan.Indicator indicator : plan.indicators()) {
				for (PublicPlan.Period period : indicator.periods()) {
					for (PublicPlan.Row row : period.rows()) {
						csv.printRecord("indicator", "", CsvCells.safe(indicator.name()), "", "", "",
								indicator.dimension(), period.code(), CsvCells.safe(row.group()),
								(row.value() != null) ? row.value() : "", row.suppressed(),
								(row.ratio() != null) ? row.ratio() : "", row.disadvantaged());
					}
				}
			}
			for (PublicPlan.Commitment commitment : plan.commitments()) {
				for (PublicPlan.Quarter quarter : commitment.quarters()) {
					csv.printRecord("commitment", "", CsvCells.safe(commitment.statement()), "", quarter.rate(), "", "",
							quarter.code(), "", quarter.met() + "/" + quarter.events(), "", "", "");
				}
			}
		}
	}

	@GetMapping("/public/plans/{slug}/feed.atom")
	void feed(@PathVariable String slug, Locale locale, HttpServletResponse response) throws IOException {
		List<Published> history = this.publications.history(slug);
		if (history.isEmpty()) {
			throw new NotFoundException("Public plan", slug);
		}
		cacheable(response);
		response.setContentType("application/atom+xml;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// the configured address, never the request's Host or X-Forwarded-Host
		String page = this.address.base() + "/public/plans/" + slug;
		Writer out = response.getWriter();
		out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
		out.write("<title>" + xml(history.get(0).plan().name()) + "</title>\n");
		out.write("<id>" + xml(page) + "</id>\n");
		out.write("<link rel=\"alternate\" href=\"" + xml(page) + "\"/>\n");
		out.write("<link rel=\"self\" href=\"" + xml(page + "/feed.atom") + "\"/>\n");
		out.write("<updated>" + DateTimeFormatter.ISO_INSTANT.format(history.get(0).publishedAt()) + "</updated>\n");
		for (Published published : history) {
			PublicPlan plan = published.plan();
			String title = this.messages.getMessage("public.feed.entry", new Object[] { plan.overallPercent() },
					locale);
			out.write("<entry>\n<title>" + xml(title) + "</title>\n");
			out.write("<id>" + xml(page + "#publication-" + published.id()) + "</id>\n");
			out.write("<link rel=\"alternate\" href=\"" + xml(page) + "\"/>\n");
			out.write("<updated>" + DateTimeFormatter.ISO_INSTANT.format(published.publishedAt()) + "</updated>\n");
			out.write("<author><name>" + xml(plan.name()) + "</name></author>\n");
			StringBuilder summary = new StringBuilder();
			for (PublicPlan.Aim aim : plan.aims()) {
				summary
					.append(this.messages.getMessage("public.feed.aim",
							new Object[] { aim.number(), aim.title(), aim.percent() }, locale))
					.append(' ');
			}
			out.write("<summary>" + xml(summary.toString().trim()) + "</summary>\n</entry>\n");
		}
		out.write("</feed>\n");
	}

	private Published current(String slug) {
		return this.publications.current(slug).orElseThrow(() -> new NotFoundException("Public plan", slug));
	}

	/**
	 * Proxies may keep a public answer but must ask again before using it (a withdrawn
	 * page is gone at once); the language follows the address or the browser.
	 */
	private static void cacheable(HttpServletResponse response) {
		response.setHeader("Cache-Control", "public, no-cache");
		response.setHeader("Vary", "Accept-Language");
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
