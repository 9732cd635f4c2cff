package org.alliance.application.template;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.alliance.domain.template.PlanTemplate;
import org.alliance.domain.template.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template files: what is refused (with every problem and its place), what is read, and
 * the built-in templates, which must be complete in both languages.
 */
class TemplateFormatTest {

	private final TemplateFormat format = new TemplateFormat();

	private static final String GOOD = """
			{
			  "format": "alliance-plan-template/1",
			  "key": "small-plan",
			  "version": 2,
			  "name": {"en": "A small plan", "es": "Un plan pequeño"},
			  "workgroups": [{"key": "wg", "name": {"en": "Data"}, "charge": {"en": "Count things"}}],
			  "aims": [{"key": "aim-1", "title": {"en": "Know the gaps", "es": "Conocer las brechas"},
			    "steps": [
			      {"key": "s1", "title": {"en": "Collect data"}, "workgroup": "wg", "startAfterDays": 10, "durationDays": 30},
			      {"key": "s2", "title": {"en": "Ask providers"}, "workgroup": "wg", "startAfterDays": 0, "durationDays": 90,
			       "weight": 3, "checklist": [{"key": "c1", "text": {"en": "Translate leaflets"}}]}
			    ]}],
			  "indicators": [{"key": "i1", "name": {"en": "Waiting"}, "kind": "HOW_WELL", "unit": "RATE_PER_N", "perN": 1000,
			    "direction": "LOWER_IS_BETTER", "periodType": "QUARTER", "target": 12.5,
			    "breakdowns": [{"dimension": "RACE_ETHNICITY", "reference": "White"}]}],
			  "commitments": [{"key": "k1", "statement": {"en": "Balanced panels"}, "madeBy": {"en": "Leaders"},
			    "targets": [{"measure": {"en": "women"}, "minimumPercent": 50}]}]
			}
			""";

	private PlanTemplate read(String json) {
		return this.format.read(json.getBytes(StandardCharsets.UTF_8));
	}

	private List<TemplateProblem> problems(String json) {
		return problems(json.getBytes(StandardCharsets.UTF_8));
	}

	private List<TemplateProblem> problems(byte[] file) {
		try {
			this.format.read(file);
		}
		catch (TemplateProblemsException ex) {
			return ex.problems();
		}
		throw new AssertionError("the file was accepted");
	}

	@Test
	void aGoodFileIsReadWithEveryItem() {
		PlanTemplate template = read(GOOD);
		assertThat(template.key()).isEqualTo("small-plan");
		assertThat(template.version()).isEqualTo(2);
		assertThat(template.name().in("es")).isEqualTo("Un plan pequeño");
		// a language a text lacks falls back to the other
		assertThat(template.workgroups().get(0).name().in("es")).isEqualTo("Data");
		assertThat(template.keys()).containsExactly("wg", "aim-1", "s1", "s2", "c1", "i1", "k1");
		PlanTemplate.Step checklist = template.aims().get(0).steps().get(1);
		assertThat(checklist.isChecklist()).isTrue();
		assertThat(checklist.weight()).isEqualTo(3);
		assertThat(template.aims().get(0).steps().get(0).weight()).isEqualTo(1);
		assertThat(template.lengthInDays()).isEqualTo(90);
		assertThat(template.indicators().get(0).perN()).isEqualTo(1000);
		assertThat(template.commitments().get(0).targets().get(0).minimumPercent()).isEqualTo(50);
	}

	@Test
	void whatIsWrittenReadsBackTheSame() {
		PlanTemplate template = read(GOOD);
		assertThat(this.format.read(this.format.write(template))).isEqualTo(template);
	}

	@Test
	void unknownFieldsAreNamedWithTheKnownOnes() {
		List<TemplateProblem> problems = problems(
				GOOD.replace("\"startAfterDays\": 10,", "\"startAfterDays\": 10, \"colour\": \"red\","));
		assertThat(problems).extracting(TemplateProblem::path).containsExactly("aims[0].steps[0].colour");
		assertThat(problems.get(0).code()).isEqualTo("unknownField");
		assertThat(problems.get(0).args().get(1).toString()).contains("title", "durationDays", "checklist");
		// a language other than English and Spanish is an unknown field too
		assertThat(problems(GOOD.replace("{\"en\": \"Data\"}", "{\"en\": \"Data\", \"fr\": \"Données\"}")))
			.extracting(TemplateProblem::path)
			.containsExactly("workgroups[0].name.fr");
	}

	@Test
	void missingAndEmptyNamesAreEachReportedAtTheirPlace() {
		String json = GOOD.replace("\"name\": {\"en\": \"A small plan\", \"es\": \"Un plan pequeño\"},", "")
			.replace("\"title\": {\"en\": \"Collect data\"}", "\"title\": {\"en\": \"   \"}")
			.replace("\"name\": {\"en\": \"Waiting\"}", "\"name\": {}");
		List<TemplateProblem> problems = problems(json);
		assertThat(problems).extracting((p) -> p.path() + " " + p.code())
			.containsExactlyInAnyOrder("name required", "aims[0].steps[0].title.en blank",
					"indicators[0].name words.missing");
	}

	@Test
	void aFileNestedTooDeeplyIsRefusedBeforeItIsRead() {
		String deep = "[".repeat(5000) + "]".repeat(5000);
		assertThat(problems(deep)).extracting(TemplateProblem::code).containsExactly("file.tooDeep");
		// deeper than a template's own shape, inside a field: an unknown field
		String nested = GOOD.replace("\"weight\": 3,", "\"weight\": 3, \"steps\": [{\"key\": \"x\"}],");
		assertThat(problems(nested)).extracting(TemplateProblem::path).containsExactly("aims[0].steps[1].steps");
	}

	@Test
	void aFileTooLargeIsRefusedWhole() {
		byte[] large = new byte[TemplateSchema.MAX_BYTES + 1];
		Arrays.fill(large, (byte) ' ');
		assertThat(problems(large)).extracting(TemplateProblem::code).containsExactly("file.tooLarge");
		assertThat(problems(new byte[0])).extracting(TemplateProblem::code).containsExactly("file.empty");
	}

	@Test
	void tooManyItemsAreRefused() {
		StringBuilder checklist = new StringBuilder();
		for (int i = 0; i < 51; i++) {
			checklist.append((i > 0) ? "," : "")
				.append("{\"key\": \"c")
				.append(i)
				.append("\", \"text\": {\"en\": \"x\"}}");
		}
		String json = GOOD.replace("[{\"key\": \"c1\", \"text\": {\"en\": \"Translate leaflets\"}}]",
				"[" + checklist + "]");
		assertThat(problems(json)).extracting((p) -> p.path() + " " + p.code())
			.containsExactly("aims[0].steps[1].checklist tooMany");
	}

	@Test
	void notJsonWrongTypesAndBadValuesAreNamed() {
		assertThat(problems("{\"format\": ")).extracting(TemplateProblem::code).containsExactly("file.notJson");
		assertThat(problems(GOOD.replace("\"version\": 2", "\"version\": \"two\""))).extracting(TemplateProblem::code)
			.containsExactly("type.integer");
		assertThat(problems(GOOD.replace("\"durationDays\": 30", "\"durationDays\": 0")))
			.extracting((p) -> p.path() + " " + p.code())
			.containsExactly("aims[0].steps[0].durationDays range");
		assertThat(problems(GOOD.replace("\"HOW_WELL\"", "\"HOWWELL\""))).extracting(TemplateProblem::code)
			.containsExactly("choice");
		assertThat(problems(GOOD.replace("\"key\": \"small-plan\"", "\"key\": \"Small Plan\"")))
			.extracting(TemplateProblem::code)
			.containsExactly("key.pattern");
		assertThat(problems(GOOD.replace("\"format\": \"alliance-plan-template/1\"", "\"format\": \"other/9\"")))
			.extracting(TemplateProblem::path)
			.containsExactly("format");
		assertThat(problems(GOOD.replace("\"version\": 2,", "\"version\": 2, \"version\": 3,")))
			.extracting(TemplateProblem::code)
			.containsExactly("file.duplicateField");
	}

	@Test
	void keysAreUniqueAndAStepNamesADeclaredWorkgroup() {
		String json = GOOD.replace("\"key\": \"s2\"", "\"key\": \"s1\"")
			.replace("\"workgroup\": \"wg\", \"startAfterDays\": 10",
					"\"workgroup\": \"nobody\", \"startAfterDays\": 10");
		assertThat(problems(json)).extracting((p) -> p.path() + " " + p.code())
			.containsExactlyInAnyOrder("aims[0].steps[0].workgroup workgroup.unknown",
					"aims[0].steps[1].key key.duplicate");
		assertThat(problems(GOOD.replace("\"perN\": 1000,", ""))).extracting(TemplateProblem::code)
			.containsExactly("indicator.perN");
	}

	@Test
	void theBuiltInTemplatesAreValidAndCompleteInEnglishAndSpanish() throws IOException {
		BuiltInTemplates builtIn = new BuiltInTemplates(this.format);
		assertThat(builtIn.all()).extracting(PlanTemplate::key)
			.containsExactly("five-equity-aims", "panel-diversity-commitment", "provider-calls-to-action");
		for (PlanTemplate template : builtIn.all()) {
			List<Text> texts = texts(template);
			assertThat(texts).as(template.key()).allSatisfy((t) -> {
				assertThat(t.isBilingual()).as(t.toString()).isTrue();
				assertThat(t.en()).isNotEqualTo(t.es());
			});
		}
		PlanTemplate five = builtIn.all().get(0);
		assertThat(five.aims()).hasSize(5);
		assertThat(five.workgroups()).extracting((w) -> w.name().in("en"))
			.containsExactly("Education and Communication", "Data Gathering and Analysis", "Organizational Assessment",
					"Racial Equity Impact Analysis");
		assertThat(five.aims().stream().flatMap((a) -> a.steps().stream()).filter(PlanTemplate.Step::isChecklist))
			.singleElement()
			.satisfies((s) -> assertThat(s.checklist()).hasSize(7));
		assertThat(five.commitments().get(0).targets()).extracting(PlanTemplate.Target::minimumPercent)
			.containsExactly(50, 20);
	}

	/** Every wording of a template that a plan shows. */
	private static List<Text> texts(PlanTemplate template) {
		List<Text> texts = new ArrayList<>();
		texts.add(template.name());
		texts.add(template.description());
		template.workgroups().forEach((w) -> {
			texts.add(w.name());
			texts.add(w.charge());
		});
		template.aims().forEach((a) -> {
			texts.add(a.title());
			a.steps().forEach((s) -> {
				texts.add(s.title());
				s.checklist().forEach((c) -> texts.add(c.text()));
			});
		});
		template.indicators().forEach((i) -> {
			texts.add(i.name());
			texts.add(i.description());
		});
		template.commitments().forEach((c) -> {
			texts.add(c.statement());
			c.targets().forEach((t) -> texts.add(t.measure()));
		});
		return texts;
	}

	@Test
	void theSchemaDescribesTheSameShape() {
		String schema = this.format.schema().toString();
		assertThat(schema).contains("\"additionalProperties\":false", "\"startAfterDays\"", "\"checklist\"",
				"alliance-plan-template/1");
	}

}
