package org.alliance.domain.shared;

/**
 * What a name people read may contain: no control characters and no invisible formatting
 * ones (zero-width spaces and joiners, bidirectional overrides and isolates, byte-order
 * marks), with which one name could be made to look like another.
 */
public final class Names {

	private Names() {
	}

	/**
	 * Whether a one-line text (a title, a name, a label, a reference) is on one line: no
	 * control characters (line breaks, tabs, NUL, escape) and no line or paragraph
	 * separators. Such text is written into places where a line break changes meaning
	 * (mail subjects, file names, CSV cells, headings); unlike {@link #isClean}, joiners
	 * that some scripts need are allowed.
	 */
	public static boolean isSingleLine(String text) {
		return text.codePoints().noneMatch((c) -> {
			int type = Character.getType(c);
			return type == Character.CONTROL || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR;
		});
	}

	/**
	 * Refuses a one-line text that is not on one line ({@link #isSingleLine}), as a rule
	 * about the given input.
	 */
	public static void requireSingleLine(String text, String field) {
		if (text != null && !isSingleLine(text)) {
			throw new DomainRuleException("text.singleLine", field);
		}
	}

	public static boolean isClean(String name) {
		return name.codePoints()
			.noneMatch((c) -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT);
	}

}
