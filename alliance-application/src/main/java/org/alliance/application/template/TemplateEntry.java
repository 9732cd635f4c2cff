package org.alliance.application.template;

import java.time.Instant;

import org.alliance.domain.template.PlanTemplate;
import org.alliance.domain.template.StoredTemplate;
import org.jspecify.annotations.Nullable;

/**
 * A template as the list shows it: built in (shipped with the application) or stored
 * (imported or saved from a plan, by whom and when).
 */
public record TemplateEntry(PlanTemplate template, boolean builtIn, StoredTemplate.@Nullable Origin origin,
		@Nullable Instant createdAt) {

	public String key() {
		return this.template.key();
	}

	public int version() {
		return this.template.version();
	}

}
