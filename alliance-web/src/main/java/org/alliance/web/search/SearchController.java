package org.alliance.web.search;

import java.util.List;
import java.util.Optional;

import org.alliance.application.search.SearchQueries;
import org.alliance.application.search.SearchQueries.Kind;
import org.alliance.web.security.AccessPolicy;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search: the words typed in the header, results grouped by kind (the first few of each),
 * or one kind page by page. Everyone signed in reads every plan, step, workgroup,
 * indicator and commitment; only administrators, who keep the accounts, find people.
 */
@Controller
class SearchController {

	/** Results of each kind on the grouped page. */
	static final int PER_KIND = 5;

	/** Results on a page of one kind. */
	static final int PAGE_SIZE = 25;

	/** The longest text searched for. */
	static final int MAX_LENGTH = 200;

	private final SearchQueries search;

	private final AccessPolicy access;

	SearchController(SearchQueries search, AccessPolicy access) {
		this.search = search;
		this.access = access;
	}

	@GetMapping("/search")
	@PreAuthorize("isAuthenticated()")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Kind kind, @RequestParam(defaultValue = "0") int page,
			Authentication authentication, Model model) {
		String text = (q != null) ? q.strip() : "";
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
		boolean people = this.access.isAdmin(authentication);
		Kind only = (kind == Kind.PERSON && !people) ? null : kind;
		List<String> words = SearchQueries.words(text);
		int current = Math.max(page, 0);
		SearchQueries.Results results = (only != null)
				? this.search.search(words, only, current * PAGE_SIZE, PAGE_SIZE, people)
				: this.search.search(words, null, 0, PER_KIND, people);
		model.addAttribute("q", text);
		model.addAttribute("searched", !words.isEmpty());
		model.addAttribute("kind", only);
		model.addAttribute("groups",
				results.hits()
					.entrySet()
					.stream()
					.map((e) -> new Group(e.getKey(), results.total(e.getKey()), results.capped(e.getKey()),
							e.getValue().stream().map((h) -> new Result(h.label(), h.context(), href(h))).toList()))
					.toList());
		model.addAttribute("page", current);
		long total = (only != null) ? results.total(only) : 0;
		model.addAttribute("pages", (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("pageUrl",
				UriComponentsBuilder.fromPath("/search")
					.queryParam("q", text)
					.queryParamIfPresent("kind", Optional.ofNullable(only))
					.encode()
					.build()
					.toUriString() + "&page=");
		return "search";
	}

	/** One result as the page shows it. */
	public record Result(String label, @Nullable String context, String href) {
	}

	/**
	 * The results of one kind, and how many there are in all ({@code capped}: at least
	 * that many).
	 */
	public record Group(Kind kind, long total, boolean capped, List<Result> results) {
	}

	/** Where a result opens. */
	static String href(SearchQueries.Hit hit) {
		return switch (hit.kind()) {
			case STEP -> "/action-steps/" + hit.id();
			case AIM -> "/plans/" + hit.pageId() + "#aim-" + hit.id();
			case PLAN -> "/plans/" + hit.id();
			case WORKGROUP -> "/workgroups/" + hit.id();
			case INDICATOR -> "/indicators/" + hit.id();
			case COMMITMENT -> "/commitments/" + hit.id();
			case ANALYSIS -> "/analyses/" + hit.id();
			case PERSON -> "/admin/people/" + hit.id();
		};
	}

}
