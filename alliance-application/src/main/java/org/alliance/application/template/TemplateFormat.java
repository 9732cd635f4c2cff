package org.alliance.application.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.template.PlanTemplate;
import org.alliance.domain.template.Text;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes template files. Reading checks a file against {@link TemplateSchema}
 * and then what a schema cannot say (keys unique, a step's workgroup declared, a rate
 * with its "per"), and reports every problem with its place in the file; a file with any
 * problem is refused whole.
 */
@Component
public class TemplateFormat {

	private static final int MAX_PROBLEMS = 100;

	private final JsonMapper mapper = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(TemplateSchema.MAX_DEPTH)
				.maxDocumentLength(TemplateSchema.MAX_BYTES)
				.build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build())
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	/** The JSON Schema of the file format, for people who write templates by hand. */
	public JsonNode schema() {
		return TemplateSchema.jsonSchema();
	}

	/**
	 * The template a file holds.
	 * @throws TemplateProblemsException with every problem found, when there is one
	 */
	public PlanTemplate read(byte[] file) {
		if (file.length == 0) {
			throw problems(TemplateProblem.of("", "file.empty"));
		}
		if (file.length > TemplateSchema.MAX_BYTES) {
			throw problems(TemplateProblem.of("", "file.tooLarge", TemplateSchema.MAX_BYTES / 1024));
		}
		JsonNode root;
		try {
			root = this.mapper.readTree(file);
		}
		catch (StreamConstraintsException ex) {
			String message = String.valueOf(ex.getOriginalMessage()).toLowerCase(Locale.ROOT);
			throw problems(message.contains("depth") ? TemplateProblem.of("", "file.tooDeep", TemplateSchema.MAX_DEPTH)
					: TemplateProblem.of("", "file.tooLarge", TemplateSchema.MAX_BYTES / 1024));
		}
		catch (JacksonException ex) {
			String message = String.valueOf(ex.getOriginalMessage());
			if (message.startsWith("Duplicate")) {
				throw problems(TemplateProblem.of(location(ex), "file.duplicateField"));
			}
			throw problems(TemplateProblem.of(location(ex), "file.notJson"));
		}
		if (root == null || root.isMissingNode()) {
			throw problems(TemplateProblem.of("", "file.empty"));
		}
		List<TemplateProblem> problems = new ArrayList<>();
		check(root, TemplateSchema.TEMPLATE, "", problems);
		if (!problems.isEmpty()) {
			throw new TemplateProblemsException(problems);
		}
		PlanTemplate template = template(root);
		checkMeaning(template, problems);
		if (!problems.isEmpty()) {
			throw new TemplateProblemsException(problems);
		}
		return template;
	}

	private static String location(JacksonException ex) {
		if (ex.getLocation() == null) {
			return "";
		}
		return "line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr();
	}

	private static TemplateProblemsException problems(TemplateProblem problem) {
		return new TemplateProblemsException(List.of(problem));
	}

	private static String at(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private static void add(List<TemplateProblem> problems, TemplateProblem problem) {
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(problem);
		}
	}

	private void check(JsonNode node, TemplateSchema.Shape shape, String path, List<TemplateProblem> problems) {
		if (shape instanceof TemplateSchema.Obj obj) {
			if (!node.isObject()) {
				add(problems, TemplateProblem.of(path, "type.object"));
				return;
			}
			for (String name : node.propertyNames()) {
				if (obj.field(name) == null) {
					add(problems,
							TemplateProblem.of(at(path, name), "unknownField", name, String.join(", ", obj.names())));
				}
			}
			for (TemplateSchema.Field field : obj.fields()) {
				JsonNode value = node.get(field.name());
				if (value == null || value.isNull()) {
					if (field.required()) {
						add(problems, TemplateProblem.of(at(path, field.name()), "required"));
					}
				}
				else {
					check(value, field.shape(), at(path, field.name()), problems);
				}
			}
		}
		else if (shape instanceof TemplateSchema.Arr arr) {
			if (!node.isArray()) {
				add(problems, TemplateProblem.of(path, "type.array"));
				return;
			}
			if (node.size() > arr.max()) {
				add(problems, TemplateProblem.of(path, "tooMany", arr.max()));
				return;
			}
			for (int i = 0; i < node.size(); i++) {
				check(node.get(i), arr.items(), path + "[" + i + "]", problems);
			}
		}
		else if (shape instanceof TemplateSchema.Str str) {
			checkString(node, str, path, problems);
		}
		else if (shape instanceof TemplateSchema.Int number) {
			if (!node.isIntegralNumber() || !node.canConvertToInt()) {
				add(problems, TemplateProblem.of(path, "type.integer"));
			}
			else if (node.intValue() < number.min() || node.intValue() > number.max()) {
				add(problems, TemplateProblem.of(path, "range", number.min(), number.max()));
			}
		}
		else if (shape instanceof TemplateSchema.Dec number) {
			if (!node.isNumber()) {
				add(problems, TemplateProblem.of(path, "type.number"));
			}
			else if (node.decimalValue().compareTo(number.min()) < 0
					|| node.decimalValue().compareTo(number.max()) > 0) {
				add(problems, TemplateProblem.of(path, "range", number.min(), number.max()));
			}
		}
		else if (shape instanceof TemplateSchema.Choice choice) {
			if (!node.isString() || !choice.values().contains(node.stringValue())) {
				add(problems, TemplateProblem.of(path, "choice", String.join(", ", choice.values())));
			}
		}
		else if (shape instanceof TemplateSchema.Words words) {
			if (!node.isObject()) {
				add(problems, TemplateProblem.of(path, "type.words"));
				return;
			}
			for (String name : node.propertyNames()) {
				if (!Text.isLanguage(name)) {
					add(problems, TemplateProblem.of(at(path, name), "unknownField", name, "en, es"));
				}
			}
			boolean any = false;
			for (String language : Text.LANGUAGES) {
				JsonNode value = node.get(language);
				if (value != null && !value.isNull()) {
					any = true;
					checkString(value, new TemplateSchema.Str(words.max(), null), at(path, language), problems);
				}
			}
			if (!any) {
				add(problems, TemplateProblem.of(path, "words.missing"));
			}
		}
	}

	private static void checkString(JsonNode node, TemplateSchema.Str str, String path,
			List<TemplateProblem> problems) {
		if (!node.isString()) {
			add(problems, TemplateProblem.of(path, "type.string"));
			return;
		}
		String value = node.stringValue().strip();
		if (value.isEmpty()) {
			add(problems, TemplateProblem.of(path, "blank"));
		}
		else if (value.length() > str.max()) {
			add(problems, TemplateProblem.of(path, "tooLong", str.max()));
		}
		else if (str.pattern() != null && !str.pattern().matcher(value).matches()) {
			add(problems, TemplateProblem.of(path, "key.pattern"));
		}
	}

	/** What the schema cannot say: run only on a file of the right shape. */
	private static void checkMeaning(PlanTemplate template, List<TemplateProblem> problems) {
		Map<String, String> seen = new HashMap<>();
		Set<String> workgroups = new HashSet<>();
		for (int w = 0; w < template.workgroups().size(); w++) {
			String key = template.workgroups().get(w).key();
			unique(seen, key, "workgroups[" + w + "].key", problems);
			workgroups.add(key);
		}
		int steps = 0;
		for (int a = 0; a < template.aims().size(); a++) {
			PlanTemplate.Aim aim = template.aims().get(a);
			String aimPath = "aims[" + a + "]";
			unique(seen, aim.key(), aimPath + ".key", problems);
			for (int s = 0; s < aim.steps().size(); s++) {
				PlanTemplate.Step step = aim.steps().get(s);
				String stepPath = aimPath + ".steps[" + s + "]";
				steps++;
				unique(seen, step.key(), stepPath + ".key", problems);
				if (!workgroups.contains(step.workgroup())) {
					add(problems, TemplateProblem.of(stepPath + ".workgroup", "workgroup.unknown", step.workgroup()));
				}
				for (int c = 0; c < step.checklist().size(); c++) {
					unique(seen, step.checklist().get(c).key(), stepPath + ".checklist[" + c + "].key", problems);
				}
			}
		}
		if (steps > TemplateSchema.MAX_STEPS) {
			add(problems, TemplateProblem.of("aims", "steps.tooMany", TemplateSchema.MAX_STEPS));
		}
		for (int i = 0; i < template.indicators().size(); i++) {
			PlanTemplate.Indicator indicator = template.indicators().get(i);
			String path = "indicators[" + i + "]";
			unique(seen, indicator.key(), path + ".key", problems);
			boolean rate = IndicatorUnit.valueOf(indicator.unit()) == IndicatorUnit.RATE_PER_N;
			if (rate != (indicator.perN() != null)) {
				add(problems, TemplateProblem.of(path + ".perN", "indicator.perN"));
			}
			if (IndicatorUnit.valueOf(indicator.unit()) == IndicatorUnit.PERCENT && indicator.target() != null
					&& indicator.target().compareTo(BigDecimal.valueOf(100)) > 0) {
				add(problems, TemplateProblem.of(path + ".target", "indicator.target"));
			}
			if (indicator.breakdowns().isEmpty()) {
				add(problems, TemplateProblem.of(path + ".breakdowns", "indicator.breakdowns"));
			}
			Set<String> dimensions = new HashSet<>();
			for (int b = 0; b < indicator.breakdowns().size(); b++) {
				if (!dimensions.add(indicator.breakdowns().get(b).dimension())) {
					add(problems, TemplateProblem.of(path + ".breakdowns[" + b + "].dimension", "dimension.duplicate"));
				}
			}
		}
		for (int c = 0; c < template.commitments().size(); c++) {
			PlanTemplate.Commitment commitment = template.commitments().get(c);
			String path = "commitments[" + c + "]";
			unique(seen, commitment.key(), path + ".key", problems);
			Set<String> measures = new HashSet<>();
			for (int t = 0; t < commitment.targets().size(); t++) {
				if (!measures.add(commitment.targets().get(t).measure().any().toLowerCase(Locale.ROOT))) {
					add(problems, TemplateProblem.of(path + ".targets[" + t + "].measure", "measure.duplicate"));
				}
			}
		}
	}

	private static void unique(Map<String, String> seen, String key, String path, List<TemplateProblem> problems) {
		String first = seen.putIfAbsent(key, path);
		if (first != null) {
			add(problems, TemplateProblem.of(path, "key.duplicate", key, first));
		}
	}

	private static PlanTemplate template(JsonNode root) {
		return new PlanTemplate(string(root, "key"), root.get("version").intValue(), text(root, "name"),
				text(root, "description"), list(root, "workgroups", TemplateFormat::workgroup),
				list(root, "aims", TemplateFormat::aim), list(root, "indicators", TemplateFormat::indicator),
				list(root, "commitments", TemplateFormat::commitment));
	}

	private static PlanTemplate.Workgroup workgroup(JsonNode node) {
		return new PlanTemplate.Workgroup(string(node, "key"), text(node, "name"), text(node, "charge"));
	}

	private static PlanTemplate.Aim aim(JsonNode node) {
		return new PlanTemplate.Aim(string(node, "key"), text(node, "title"), text(node, "description"),
				list(node, "steps", TemplateFormat::step));
	}

	private static PlanTemplate.Step step(JsonNode node) {
		JsonNode weight = node.get("weight");
		return new PlanTemplate.Step(string(node, "key"), text(node, "title"), text(node, "description"),
				string(node, "workgroup"), node.get("startAfterDays").intValue(), node.get("durationDays").intValue(),
				(weight == null || weight.isNull()) ? 1 : weight.intValue(),
				list(node, "checklist", (c) -> new PlanTemplate.ChecklistEntry(string(c, "key"), text(c, "text"))));
	}

	private static PlanTemplate.Indicator indicator(JsonNode node) {
		JsonNode perN = node.get("perN");
		JsonNode target = node.get("target");
		return new PlanTemplate.Indicator(string(node, "key"), text(node, "name"), text(node, "description"),
				string(node, "kind"), string(node, "unit"), (perN == null || perN.isNull()) ? null : perN.intValue(),
				string(node, "direction"), string(node, "periodType"),
				(target == null || target.isNull()) ? null : target.decimalValue(), list(node, "breakdowns",
						(b) -> new PlanTemplate.Breakdown(string(b, "dimension"), string(b, "reference"))));
	}

	private static PlanTemplate.Commitment commitment(JsonNode node) {
		return new PlanTemplate.Commitment(string(node, "key"), text(node, "statement"), text(node, "madeBy"),
				list(node, "targets",
						(t) -> new PlanTemplate.Target(text(t, "measure"), t.get("minimumPercent").intValue())));
	}

	private static String string(JsonNode node, String name) {
		return node.get(name).stringValue().strip();
	}

	private static Text text(JsonNode node, String name) {
		JsonNode words = node.get(name);
		if (words == null || words.isNull()) {
			return new Text(null, null);
		}
		return new Text(word(words.get("en")), word(words.get("es")));
	}

	private static @Nullable String word(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : node.stringValue().strip();
	}

	private interface Reader<T> {

		T read(JsonNode node);

	}

	private static <T> List<T> list(JsonNode node, String name, Reader<T> reader) {
		JsonNode items = node.get(name);
		List<T> list = new ArrayList<>();
		if (items != null && !items.isNull()) {
			items.forEach((item) -> list.add(reader.read(item)));
		}
		return List.copyOf(list);
	}

	/** The file of a template, readable by {@link #read}. */
	public byte[] write(PlanTemplate template) {
		ObjectNode root = this.mapper.createObjectNode();
		root.put("format", TemplateSchema.FORMAT);
		root.put("key", template.key());
		root.put("version", template.version());
		words(root, "name", template.name());
		words(root, "description", template.description());
		ArrayNode workgroups = root.putArray("workgroups");
		for (PlanTemplate.Workgroup w : template.workgroups()) {
			ObjectNode node = workgroups.addObject();
			node.put("key", w.key());
			words(node, "name", w.name());
			words(node, "charge", w.charge());
		}
		ArrayNode aims = root.putArray("aims");
		for (PlanTemplate.Aim aim : template.aims()) {
			ObjectNode node = aims.addObject();
			node.put("key", aim.key());
			words(node, "title", aim.title());
			words(node, "description", aim.description());
			ArrayNode steps = node.putArray("steps");
			for (PlanTemplate.Step step : aim.steps()) {
				ObjectNode s = steps.addObject();
				s.put("key", step.key());
				words(s, "title", step.title());
				words(s, "description", step.description());
				s.put("workgroup", step.workgroup());
				s.put("startAfterDays", step.startAfterDays());
				s.put("durationDays", step.durationDays());
				s.put("weight", step.weight());
				if (step.isChecklist()) {
					ArrayNode checklist = s.putArray("checklist");
					for (PlanTemplate.ChecklistEntry entry : step.checklist()) {
						ObjectNode c = checklist.addObject();
						c.put("key", entry.key());
						words(c, "text", entry.text());
					}
				}
			}
		}
		ArrayNode indicators = root.putArray("indicators");
		for (PlanTemplate.Indicator indicator : template.indicators()) {
			ObjectNode node = indicators.addObject();
			node.put("key", indicator.key());
			words(node, "name", indicator.name());
			words(node, "description", indicator.description());
			node.put("kind", indicator.kind());
			node.put("unit", indicator.unit());
			if (indicator.perN() != null) {
				node.put("perN", indicator.perN());
			}
			node.put("direction", indicator.direction());
			node.put("periodType", indicator.periodType());
			if (indicator.target() != null) {
				node.put("target", indicator.target());
			}
			ArrayNode breakdowns = node.putArray("breakdowns");
			for (PlanTemplate.Breakdown b : indicator.breakdowns()) {
				breakdowns.addObject().put("dimension", b.dimension()).put("reference", b.reference());
			}
		}
		ArrayNode commitments = root.putArray("commitments");
		for (PlanTemplate.Commitment commitment : template.commitments()) {
			ObjectNode node = commitments.addObject();
			node.put("key", commitment.key());
			words(node, "statement", commitment.statement());
			words(node, "madeBy", commitment.madeBy());
			ArrayNode targets = node.putArray("targets");
			for (PlanTemplate.Target target : commitment.targets()) {
				ObjectNode t = targets.addObject();
				words(t, "measure", target.measure());
				t.put("minimumPercent", target.minimumPercent());
			}
		}
		return this.mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	private static void words(ObjectNode node, String name, Text text) {
		if (text.en() == null && text.es() == null) {
			return;
		}
		ObjectNode words = node.putObject(name);
		if (text.en() != null && !text.en().isBlank()) {
			words.put("en", text.en());
		}
		if (text.es() != null && !text.es().isBlank()) {
			words.put("es", text.es());
		}
		if (words.isEmpty()) {
			node.remove(name);
		}
	}

}
