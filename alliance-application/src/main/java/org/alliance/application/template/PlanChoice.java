package org.alliance.application.template;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alliance.domain.template.PlanTemplate;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator picks from a template for a new plan: its name, period and the
 * language its wording is taken in; the items kept (by key; an item whose parent is not
 * kept is not kept either); new wording for items renamed; for each of the template's
 * workgroups an existing workgroup (by id) or {@link #NEW} with the new one's name; and
 * who leads the new workgroups until leads are appointed.
 */
public record PlanChoice(String language, String name, String description, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, Set<String> included, Map<String, String> titles, Map<String, String> owners,
		Map<String, String> newNames, @Nullable Long firstLeadId) {

	/** The owner of a template workgroup that is created for the plan. */
	public static final String NEW = "new";

	public PlanChoice {
		included = Set.copyOf(included);
		titles = Map.copyOf(titles);
		owners = Map.copyOf(owners);
		newNames = Map.copyOf(newNames);
	}

	/**
	 * Everything in the template, in a language, starting on a day; each workgroup goes
	 * to the existing one of the same name when there is one.
	 */
	public static PlanChoice everything(PlanTemplate template, String language, LocalDate start,
			Map<String, Long> existingByName, Long firstLeadId) {
		Set<String> keys = new LinkedHashSet<>(template.keys());
		Map<String, String> owners = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (PlanTemplate.Workgroup w : template.workgroups()) {
			String name = w.name().in(language);
			Long existing = existingByName.get(name.toLowerCase(Locale.ROOT));
			owners.put(w.key(), (existing != null) ? existing.toString() : NEW);
			names.put(w.key(), name);
		}
		int days = Math.max(template.lengthInDays(), 365);
		return new PlanChoice(language, template.name().in(language), template.description().in(language), start,
				start.plusDays(days), keys, Map.of(), owners, names, firstLeadId);
	}

	public boolean includes(String key) {
		return this.included.contains(key);
	}

}
