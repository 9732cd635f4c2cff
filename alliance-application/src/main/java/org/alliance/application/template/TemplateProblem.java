package org.alliance.application.template;

import java.util.List;

/**
 * One thing wrong with a template file or with a selection from a template: where (a path
 * into the file such as {@code aims[2].steps[0].title}, or a form field) and what, as a
 * message code with its arguments.
 */
public record TemplateProblem(String path, String code, List<Object> args) {

	public TemplateProblem {
		args = List.copyOf(args);
	}

	public static TemplateProblem of(String path, String code, Object... args) {
		return new TemplateProblem(path, code, List.of(args));
	}

	/** The message key of this problem. */
	public String messageKey() {
		return "template.problem." + this.code;
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
