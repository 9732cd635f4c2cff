package org.alliance.application.template;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.alliance.domain.template.PlanTemplate;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The templates shipped with the application ({@code plan-templates/*.json}), read and
 * checked at start-up like any imported file: a broken one stops the application.
 */
@Component
public class BuiltInTemplates {

	private final List<PlanTemplate> templates;

	BuiltInTemplates(TemplateFormat format) throws IOException {
		List<PlanTemplate> found = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:plan-templates/*.json")) {
			try (InputStream in = resource.getInputStream()) {
				try {
					found.add(format.read(in.readAllBytes()));
				}
				catch (TemplateProblemsException ex) {
					throw new IllegalStateException(
							"Built-in template " + resource.getFilename() + " is not valid: " + ex.problems(), ex);
				}
			}
		}
		found.sort(Comparator.comparing(PlanTemplate::key));
		this.templates = List.copyOf(found);
	}

	public List<PlanTemplate> all() {
		return this.templates;
	}

}
