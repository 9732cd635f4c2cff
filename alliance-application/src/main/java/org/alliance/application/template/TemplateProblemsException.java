package org.alliance.application.template;

import java.util.List;

/**
 * A template file or selection refused, with every problem found; nothing was changed.
 */
public class TemplateProblemsException extends RuntimeException {

	private final transient List<TemplateProblem> problems;

	public TemplateProblemsException(List<TemplateProblem> problems) {
		super(problems.size() + " problem(s) in the template");
		this.problems = List.copyOf(problems);
	}

	public List<TemplateProblem> problems() {
		return this.problems;
	}

}
