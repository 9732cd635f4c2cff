package org.alliance.web.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.alliance.domain.audit.AuditEntry;
import org.alliance.domain.person.Person;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.audit.AuditSubjects;
import org.alliance.application.person.PeopleViews;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.workgroup.WorkgroupViews;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Audit entries as people read them: a sentence (who did what to which thing), and what
 * changed field by field, before and after, with translated labels and names instead of
 * ids and raw JSON.
 */
@Component
class AuditView {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Fields holding the id of a person, a workgroup or an aim: shown by name. */
	private static final Set<String> PERSON_FIELDS = Set.of("assigneeId", "ownerId", "madeBy", "leadId");

	private static final Set<String> NAME_FIELDS = Set.of("title", "name", "displayName", "statement", "email");

	private final MessageSource messages;

	private final PeopleViews people;

	private final WorkgroupViews workgroups;

	private final PlanViews aims;

	private final AuditSubjects entityNames;

	AuditView(MessageSource messages, PeopleViews people, WorkgroupViews workgroups, PlanViews aims,
			AuditSubjects entityNames) {
		this.entityNames = entityNames;
		this.messages = messages;
		this.people = people;
		this.workgroups = workgroups;
		this.aims = aims;
	}

	/**
	 * One field's change; {@code before} or {@code after} is empty when it did not exist.
	 */
	public record Change(String label, String before, String after) {
	}

	/** An entry as the page shows it. */
	public record Shown(AuditEntry entry, String type, @Nullable String name, String summary, List<Change> changes,
			boolean compared) {
	}

	List<Shown> show(Collection<AuditEntry> entries, Locale locale) {
		List<Map<String, JsonNode>> befores = new ArrayList<>();
		List<Map<String, JsonNode>> afters = new ArrayList<>();
		Set<Long> personIds = new LinkedHashSet<>();
		Set<Long> workgroupIds = new LinkedHashSet<>();
		Set<Long> aimIds = new LinkedHashSet<>();
		for (AuditEntry entry : entries) {
			Map<String, JsonNode> before = fields(entry.getBeforeJson());
			Map<String, JsonNode> after = fields(entry.getAfterJson());
			befores.add(before);
			afters.add(after);
			for (Map<String, JsonNode> values : List.of(before, after)) {
				values.forEach((key, value) -> {
					if (value.isIntegralNumber()) {
						if (PERSON_FIELDS.contains(key)) {
							personIds.add(value.asLong());
						}
						else if (key.equals("workgroupId")) {
							workgroupIds.add(value.asLong());
						}
						else if (key.equals("aimId")) {
							aimIds.add(value.asLong());
						}
					}
				});
			}
		}
		Map<String, Map<Long, String>> names = new HashMap<>();
		names.put("person", new HashMap<>());
		names.put("workgroup", new HashMap<>());
		names.put("aim", new HashMap<>());
		if (!personIds.isEmpty()) {
			this.people.findAllById(personIds)
				.forEach((Person p) -> names.get("person").put(p.getId(), p.getDisplayName()));
		}
		if (!workgroupIds.isEmpty()) {
			this.workgroups.findAllById(workgroupIds)
				.forEach((Workgroup w) -> names.get("workgroup").put(w.getId(), w.getName()));
		}
		if (!aimIds.isEmpty()) {
			this.aims.aimsWithIds(aimIds)
				.forEach((Aim a) -> names.get("aim").put(a.getId(), a.getNumber() + ". " + a.getTitle()));
		}
		// the thing an entry is about, by name, when its snapshot does not carry one
		Map<String, Set<Long>> unnamed = new HashMap<>();
		int k = 0;
		for (AuditEntry entry : entries) {
			Map<String, JsonNode> before = befores.get(k);
			Map<String, JsonNode> after = afters.get(k);
			k++;
			if (NAME_FIELDS.stream().noneMatch((f) -> after.containsKey(f) || before.containsKey(f))
					&& entry.getEntityId() != null) {
				unnamed.computeIfAbsent(entry.getEntityType(), (t) -> new LinkedHashSet<>()).add(entry.getEntityId());
			}
		}
		unnamed.forEach((type, ids) -> names.put("entity:" + type, this.entityNames.namesOf(type, ids)));
		List<Shown> shown = new ArrayList<>();
		int i = 0;
		for (AuditEntry entry : entries) {
			shown.add(shown(entry, befores.get(i), afters.get(i), names, locale));
			i++;
		}
		return shown;
	}

	private Shown shown(AuditEntry entry, Map<String, JsonNode> before, Map<String, JsonNode> after,
			Map<String, Map<Long, String>> names, Locale locale) {
		String type = message("audit.type." + entry.getEntityType(), humanise(entry.getEntityType()), locale);
		String name = NAME_FIELDS.stream()
			.map((field) -> after.containsKey(field) ? after.get(field) : before.get(field))
			.filter((value) -> value != null && value.isString() && !value.asString().isBlank())
			.map(JsonNode::asString)
			.findFirst()
			.orElse(null);
		String summary = (entry.getSummary() != null) ? message(
				"audit.summary." + entry.getSummary().trim().replaceAll("[^A-Za-z]+", "-").toLowerCase(Locale.ROOT),
				entry.getSummary(), locale) : "";
		Set<String> keys = new LinkedHashSet<>(before.keySet());
		keys.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String key : keys) {
			JsonNode was = before.get(key);
			JsonNode now = after.get(key);
			if (!before.isEmpty() && !after.isEmpty() && Objects.equals(was, now)) {
				continue;
			}
			changes.add(new Change(message("audit.field." + key, humanise(key), locale),
					value(entry.getEntityType(), key, was, names, locale),
					value(entry.getEntityType(), key, now, names, locale)));
		}
		if (name == null) {
			name = names.getOrDefault("entity:" + entry.getEntityType(), Map.of()).get(entry.getEntityId());
		}
		return new Shown(entry, type, name, summary, changes, !before.isEmpty() && !after.isEmpty());
	}

	private String value(String type, String key, @Nullable JsonNode value, Map<String, Map<Long, String>> names,
			Locale locale) {
		if (value == null || value.isNull()) {
			return "";
		}
		if (value.isIntegralNumber()) {
			String kind = PERSON_FIELDS.contains(key) ? "person"
					: key.equals("workgroupId") ? "workgroup" : key.equals("aimId") ? "aim" : null;
			if (kind != null) {
				return names.get(kind).getOrDefault(value.asLong(), "#" + value.asLong());
			}
		}
		if (value.isBoolean()) {
			return message("audit.value." + value.asBoolean(), String.valueOf(value.asBoolean()), locale);
		}
		if (value.isString()) {
			String text = value.asString();
			String code = switch (key) {
				case "status" -> switch (type) {
					case "ActionStep" -> "status." + text;
					case "Plan" -> "plan.status." + text;
					case "Commitment" -> "commitment.status." + text;
					case "ImpactAnalysis" -> "analysis.status." + text;
					default -> null;
				};
				case "role" -> "role." + text;
				case "language" -> "lang." + text;
				default -> null;
			};
			return (code != null) ? message(code, text, locale) : text;
		}
		if (value.isContainer()) {
			return flat(value);
		}
		return value.asString();
	}

	/** A list or map as plain text: "2025-Q1, 2025-Q2", "Race: 2025-Q1, 2025-Q2". */
	private static String flat(JsonNode value) {
		if (value.isObject()) {
			List<String> parts = new ArrayList<>();
			value.properties().forEach((e) -> parts.add(humanise(e.getKey()) + ": " + flat(e.getValue())));
			return String.join("; ", parts);
		}
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.forEach((item) -> parts.add(flat(item)));
			return String.join(", ", parts);
		}
		return value.isNull() ? "" : value.asString();
	}

	private static Map<String, JsonNode> fields(@Nullable String json) {
		Map<String, JsonNode> fields = new LinkedHashMap<>();
		if (json == null || json.isBlank()) {
			return fields;
		}
		try {
			JsonNode node = JSON.readTree(json);
			if (node.isObject()) {
				node.properties().forEach((e) -> fields.put(e.getKey(), e.getValue()));
			}
		}
		catch (JacksonException ex) {
			// an entry written by an older version in another shape: shown as one value
			fields.put("value", JSON.getNodeFactory().stringNode(json));
		}
		return fields;
	}

	private String message(String code, String fallback, Locale locale) {
		return this.messages.getMessage(code, null, fallback, locale);
	}

	/** "referenceGroups" becomes "Reference groups". */
	static String humanise(String key) {
		String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
