package org.alliance.web.api;

/**
 * Which page of a list is asked for: {@code page} from 0, {@code size} from 1 to
 * {@value #MAX_SIZE} ({@value #DEFAULT_SIZE} when not given).
 */
record Paging(int page, int size) {

	static final int MAX_SIZE = 100;

	static final int DEFAULT_SIZE = 20;

	static Paging of(Integer page, Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		if (p < 0) {
			throw new ApiInputException("page", "page must be 0 or more.");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new ApiInputException("size", "size must be from 1 to " + MAX_SIZE + ".");
		}
		return new Paging(p, s);
	}

	long offset() {
		return (long) this.page * this.size;
	}

}
