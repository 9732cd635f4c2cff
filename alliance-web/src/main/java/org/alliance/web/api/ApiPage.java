package org.alliance.web.api;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list: its items, where it is, the totals, and links to itself and its
 * neighbours (paths with the same filters, never an address built from the request's
 * host).
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages, Links links) {

	/** Links to this page and its neighbours; {@code null} where there is none. */
	public record Links(String self, @Nullable String next, @Nullable String prev) {
	}

	static <T> ApiPage<T> of(List<T> items, Paging paging, long total, HttpServletRequest request) {
		int pages = (int) Math.max(1, (total + paging.size() - 1) / paging.size());
		return new ApiPage<>(items, paging.page(), paging.size(), total, pages,
				new Links(link(request, paging.page()),
						(paging.page() + 1 < pages) ? link(request, paging.page() + 1) : null,
						(paging.page() > 0) ? link(request, Math.min(paging.page() - 1, pages - 1)) : null));
	}

	/** A page of a list held whole in memory (short lists: plans' aims, workgroups). */
	static <S, T> ApiPage<T> slice(List<S> all, Paging paging, Function<S, T> view, HttpServletRequest request) {
		return of(window(all, paging).stream().map(view).toList(), paging, all.size(), request);
	}

	/** The part of a list held whole in memory that the page asks for. */
	static <S> List<S> window(List<S> all, Paging paging) {
		int from = (int) Math.min(all.size(), paging.offset());
		int to = Math.min(all.size(), from + paging.size());
		return all.subList(from, to);
	}

	private static String link(HttpServletRequest request, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> link.queryParam(name, (Object[]) values));
		return link.replaceQueryParam("page", page).encode().build().toUriString();
	}

}
