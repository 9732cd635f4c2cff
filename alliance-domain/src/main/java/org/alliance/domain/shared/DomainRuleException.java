package org.alliance.domain.shared;

/**
 * A business rule refused a change. Carries a message key (resolved by the web layer in
 * the reader's language) and the name of the input it concerns, so a form can show it
 * next to the right field.
 */
public class DomainRuleException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private final Object[] args;

	public DomainRuleException(String messageKey, String field) {
		this(messageKey, field, new Object[0]);
	}

	/**
	 * @param args the values the message names (a limit, a count), in its order
	 */
	public DomainRuleException(String messageKey, String field, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
		this.args = args.clone();
	}

	public DomainRuleException(String messageKey) {
		this(messageKey, null);
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The values the message names, in its order (often none). */
	public Object[] args() {
		return this.args.clone();
	}

	/** The input the rule concerns, or {@code null} when it concerns the whole change. */
	public String field() {
		return this.field;
	}

}
