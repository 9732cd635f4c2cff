package org.alliance.application.template;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.PeriodType;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.ChecklistItem;
import org.alliance.domain.workgroup.Workgroup;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shape a template file must have, declared once: {@link TemplateFormat} checks files
 * against it field by field, and {@link #jsonSchema()} publishes it as a JSON Schema for
 * people who write templates by hand. Limits follow the columns the items become.
 */
final class TemplateSchema {

	/** The value of a file's {@code format} field. */
	static final String FORMAT = "alliance-plan-template/1";

	static final int MAX_BYTES = 256 * 1024;

	static final int MAX_DEPTH = 12;

	static final int MAX_STEPS = 500;

	static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	sealed interface Shape permits Obj, Arr, Str, Int, Dec, Choice, Words {

	}

	record Field(String name, Shape shape, boolean required) {
	}

	record Obj(List<Field> fields) implements Shape {

		@Nullable Field field(String name) {
			return this.fields.stream().filter((f) -> f.name().equals(name)).findFirst().orElse(null);
		}

		List<String> names() {
			return this.fields.stream().map(Field::name).toList();
		}

	}

	record Arr(Shape items, int max) implements Shape {
	}

	record Str(int max, @Nullable Pattern pattern) implements Shape {
	}

	record Int(int min, int max) implements Shape {
	}

	record Dec(BigDecimal min, BigDecimal max) implements Shape {
	}

	record Choice(List<String> values) implements Shape {
	}

	/** Wording in English and Spanish: {@code {"en": ..., "es": ...}}, at least one. */
	record Words(int max) implements Shape {
	}

	private static Field required(String name, Shape shape) {
		return new Field(name, shape, true);
	}

	private static Field optional(String name, Shape shape) {
		return new Field(name, shape, false);
	}

	private static Choice choice(Enum<?>[] values) {
		return new Choice(Arrays.stream(values).map(Enum::name).toList());
	}

	private static final Str KEY_SHAPE = new Str(60, KEY);

	static final Obj WORKGROUP = new Obj(List.of(required("key", KEY_SHAPE),
			required("name", new Words(Workgroup.NAME_MAX)), required("charge", new Words(Workgroup.CHARGE_MAX))));

	static final Obj CHECKLIST_ENTRY = new Obj(
			List.of(required("key", KEY_SHAPE), required("text", new Words(ChecklistItem.TEXT_MAX))));

	static final Obj STEP = new Obj(
			List.of(required("key", KEY_SHAPE), required("title", new Words(ActionStep.TITLE_MAX)),
					optional("description", new Words(ActionStep.DESCRIPTION_MAX)), required("workgroup", KEY_SHAPE),
					required("startAfterDays", new Int(0, 3650)), required("durationDays", new Int(1, 3650)),
					optional("weight", new Int(1, ActionStep.WEIGHT_MAX)),
					optional("checklist", new Arr(CHECKLIST_ENTRY, 50))));

	static final Obj AIM = new Obj(List.of(required("key", KEY_SHAPE), required("title", new Words(Aim.TITLE_MAX)),
			optional("description", new Words(Aim.DESCRIPTION_MAX)), optional("steps", new Arr(STEP, 100))));

	static final Obj BREAKDOWN = new Obj(
			List.of(required("dimension", choice(Dimension.values())), required("reference", new Str(80, null))));

	static final Obj INDICATOR = new Obj(
			List.of(required("key", KEY_SHAPE), required("name", new Words(Indicator.NAME_MAX)),
					optional("description", new Words(Indicator.DESCRIPTION_MAX)),
					required("kind", choice(IndicatorKind.values())), required("unit", choice(IndicatorUnit.values())),
					optional("perN", new Int(1, 1_000_000)), required("direction", choice(Direction.values())),
					required("periodType", choice(PeriodType.values())),
					optional("target", new Dec(BigDecimal.ZERO, new BigDecimal("1000000000"))),
					required("breakdowns", new Arr(BREAKDOWN, Dimension.values().length))));

	static final Obj TARGET = new Obj(
			List.of(required("measure", new Words(80)), required("minimumPercent", new Int(0, 100))));

	static final Obj COMMITMENT = new Obj(
			List.of(required("key", KEY_SHAPE), required("statement", new Words(Commitment.STATEMENT_MAX)),
					required("madeBy", new Words(Commitment.MADE_BY_MAX)), optional("targets", new Arr(TARGET, 5))));

	static final Obj TEMPLATE = new Obj(List.of(required("format", new Choice(List.of(FORMAT))),
			required("key", KEY_SHAPE), required("version", new Int(1, 9999)),
			required("name", new Words(Plan.NAME_MAX)), optional("description", new Words(Plan.DESCRIPTION_MAX)),
			optional("workgroups", new Arr(WORKGROUP, 20)), optional("aims", new Arr(AIM, 30)),
			optional("indicators", new Arr(INDICATOR, 30)), optional("commitments", new Arr(COMMITMENT, 30))));

	private TemplateSchema() {
	}

	/** The schema as a JSON Schema (draft 2020-12) document. */
	static JsonNode jsonSchema() {
		JsonMapper mapper = JsonMapper.builder().build();
		ObjectNode root = (ObjectNode) describe(mapper, TEMPLATE);
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.put("title", "Alliance plan template");
		root.put("description",
				"A plan template: workgroups, aims with steps (durations instead of dates) and "
						+ "checklists, indicator definitions and commitments with targets. Every item has a key unique "
						+ "in the file; a step names its workgroup by key. At most " + MAX_STEPS + " steps, "
						+ MAX_BYTES / 1024 + " KB and " + MAX_DEPTH + " levels of nesting.");
		return root;
	}

	private static JsonNode describe(JsonMapper mapper, Shape shape) {
		ObjectNode node = mapper.createObjectNode();
		if (shape instanceof Obj obj) {
			node.put("type", "object");
			node.put("additionalProperties", false);
			ObjectNode properties = node.putObject("properties");
			ArrayNode required = mapper.createArrayNode();
			for (Field field : obj.fields()) {
				properties.set(field.name(), describe(mapper, field.shape()));
				if (field.required()) {
					required.add(field.name());
				}
			}
			node.set("required", required);
		}
		else if (shape instanceof Arr arr) {
			node.put("type", "array");
			node.put("maxItems", arr.max());
			node.set("items", describe(mapper, arr.items()));
		}
		else if (shape instanceof Str str) {
			node.put("type", "string");
			node.put("minLength", 1);
			node.put("maxLength", str.max());
			if (str.pattern() != null) {
				node.put("pattern", "^" + str.pattern().pattern() + "$");
			}
		}
		else if (shape instanceof Int number) {
			node.put("type", "integer");
			node.put("minimum", number.min());
			node.put("maximum", number.max());
		}
		else if (shape instanceof Dec number) {
			node.put("type", "number");
			node.put("minimum", number.min());
			node.put("maximum", number.max());
		}
		else if (shape instanceof Choice choice) {
			ArrayNode values = node.putArray("enum");
			choice.values().forEach(values::add);
		}
		else if (shape instanceof Words words) {
			node.put("type", "object");
			node.put("additionalProperties", false);
			node.put("minProperties", 1);
			ObjectNode properties = node.putObject("properties");
			for (String language : List.of("en", "es")) {
				properties.set(language, describe(mapper, new Str(words.max(), null)));
			}
		}
		return node;
	}

}
