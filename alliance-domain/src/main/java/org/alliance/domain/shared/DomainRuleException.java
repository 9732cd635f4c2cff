package org.alliance.domain.shared;

/**
 * A business rule refused a change. Carries a message key (resolved by the web layer in
 * the reader's language) and the name of the input it concerns, so a form can show it
 * next to the right field.
 */
public class DomainRuleException extends RuntimeException {

	private final String messageKey;

	private final String field;

	public DomainRuleException(String messageKey, String field) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
	}

	public DomainRuleException(String messageKey) {
		this(messageKey, null);
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The input the rule concerns, or {@code null} when it concerns the whole change. */
	public String field() {
		return this.field;
	}

}
