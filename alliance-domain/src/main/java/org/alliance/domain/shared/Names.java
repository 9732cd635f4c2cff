package org.alliance.domain.shared;

/**
 * What a name people read may contain: no control characters and no invisible formatting
 * ones (zero-width spaces and joiners, bidirectional overrides and isolates, byte-order
 * marks), with which one name could be made to look like another.
 */
public final class Names {

	private Names() {
	}

	public static boolean isClean(String name) {
		return name.codePoints()
			.noneMatch((c) -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
	}

}
