package org.alliance.web.equity;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Indicators end to end on the real database: defined by an administrator, filled by form
 * and by CSV import (all or nothing, re-import replaces), read with disparity measures,
 * and never showing a small count anywhere.
 */
class EquityIndicatorsTest extends WebTestSupport {

	@Autowired
	DimensionValueRepository groups;

	@Autowired
	IndicatorValueRepository values;

	Person admin;

	Person lead;

	Person member;

	Person outsider;

	Workgroup workgroup;

	@BeforeEach
	void people() {
		this.admin = this.fixtures.person(SystemRole.ADMIN);
		this.lead = this.fixtures.staff();
		this.member = this.fixtures.staff();
		this.outsider = this.fixtures.staff();
		this.workgroup = this.fixtures.workgroup(this.lead, this.member);
	}

	private Long group(Dimension dimension, String label) {
		return this.groups.findByDimensionOrderByPositionAscLabelAsc(dimension)
			.stream()
			.filter((g) -> g.getLabel().equals(label))
			.map(DimensionValue::getId)
			.findFirst()
			.orElseThrow();
	}

	/** Creates an indicator through the administrator's form and returns its id. */
	private Long indicator(String name, String unit) throws Exception {
		String location = this.mvc
			.perform(post("/admin/indicators").param("name", name)
				.param("description", "Share seen within 14 days")
				.param("kind", "HOW_WELL")
				.param("unit", unit)
				.param("direction", "HIGHER_IS_BETTER")
				.param("periodType", "QUARTER")
				.param("target", "30")
				.param("workgroupId", this.workgroup.getId().toString())
				.param("references[0]", group(Dimension.RACE_ETHNICITY, "White").toString())
				.param("references[1]", group(Dimension.GENDER, "Woman").toString())
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.replaceAll("\\D+", ""));
	}

	@Test
	void administratorsChooseTheBestOffGroupAndReliableFlagsAndThePageAndExportFollow() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		this.mvc
			.perform(post("/admin/indicators/{id}/edit", id).param("name", Fixtures.unique("Access best off"))
				.param("description", "Share seen within 14 days")
				.param("kind", "HOW_WELL")
				.param("unit", "PERCENT")
				.param("direction", "HIGHER_IS_BETTER")
				.param("periodType", "QUARTER")
				.param("workgroupId", this.workgroup.getId().toString())
				.param("references[0]", group(Dimension.RACE_ETHNICITY, "White").toString())
				.param("comparison", "BEST_OFF")
				.param("flagNeedsReliability", "true")
				.param("version", "0")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		// Q1: Hispanic or Latino (40 of 150, 26.7%) fares best of the shown groups: White
		// (25.0%) is compared with it
		upload(id, this.lead, GOOD);
		String html = page("/indicators/" + id + "?dimension=RACE_ETHNICITY", this.lead);
		assertThat(html).contains("compared with the group that fares best")
			.contains("best off")
			.contains("only when the 95% interval of its ratio excludes 1");
		String csv = this.mvc.perform(get("/indicators/{id}/values.csv", id).with(as(this.lead)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// 0.25 / 0.26667 = 0.9375, interval 0.69 to 1.27: inside the band, could be
		// chance
		assertThat(csv).contains("2026-Q1,RACE_ETHNICITY,White,false,100,400,25.0,0.9375,-1.6667,");
		assertThat(csv).contains("2026-Q1,RACE_ETHNICITY,Hispanic or Latino,true,40,150,");
	}

	private MvcResult upload(Long id, Person person, String csv) throws Exception {
		return this.mvc
			.perform(multipart("/indicators/{id}/import", id)
				.file(new MockMultipartFile("file", "values.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(as(person)))
			.andReturn();
	}

	private List<IndicatorValue> valuesOf(Long id) {
		return this.values.findByIndicator(id);
	}

	private static final String GOOD = """
			period,dimension,group,numerator,denominator
			2026-Q1,RACE_ETHNICITY,White,100,400
			2026-Q1,RACE_ETHNICITY,Hispanic or Latino,40,150
			2026-Q1,RACE_ETHNICITY,Black or African American,7,90
			2026-Q1,RACE_ETHNICITY,Asian,20,60
			2026-Q2,race_ethnicity,white,110,400
			2026-Q2,RACE_ETHNICITY,"Hispanic or Latino",45,150
			""";

	@Test
	void theFileToFillInListsEveryGroupAndImportsOnceFilledIn() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		String importPage = page("/indicators/" + id + "/import", this.member);
		assertThat(importPage).contains("/indicators/" + id + "/import/template.csv")
			.contains("How many people of the group had the outcome")
			.contains("<li>Hispanic or Latino</li>");
		MvcResult download = this.mvc.perform(get("/indicators/{id}/import/template.csv", id).with(as(this.member)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentType()).startsWith("text/csv");
		String template = download.getResponse().getContentAsString();
		List<String> lines = template.lines().toList();
		assertThat(lines.get(0)).isEqualTo("period,dimension,group,numerator,denominator");
		assertThat(lines).anyMatch((l) -> l.matches("\\d{4}-Q\\d,RACE_ETHNICITY,White,,"))
			.anyMatch((l) -> l.contains(",RACE_ETHNICITY,Hispanic or Latino,,"));
		// filled in (each group 10 of 100) as a person would, and imported as it is
		StringBuilder filled = new StringBuilder(lines.get(0)).append('\n');
		lines.stream().skip(1).forEach((l) -> filled.append(l, 0, l.length() - 2).append(",10,100\n"));
		assertThat(upload(id, this.member, filled.toString()).getResponse().getStatus()).isEqualTo(302);
		assertThat(valuesOf(id)).hasSize(lines.size() - 1);
		// members of no workgroup of the indicator get no file
		this.mvc.perform(get("/indicators/{id}/import/template.csv", id).with(as(this.fixtures.staff())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aValidFileIsStoredAndImportingAPeriodAgainReplacesItInsteadOfAddingToIt() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		MvcResult first = upload(id, this.member, GOOD);
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(valuesOf(id)).hasSize(6);

		String again = """
				period,dimension,group,numerator,denominator
				2026-Q2,RACE_ETHNICITY,White,120,400
				2026-Q2,RACE_ETHNICITY,Hispanic or Latino,50,150
				2026-Q2,RACE_ETHNICITY,Asian,22,61
				""";
		assertThat(upload(id, this.member, again).getResponse().getStatus()).isEqualTo(302);
		List<IndicatorValue> stored = valuesOf(id);
		assertThat(stored).hasSize(7);
		assertThat(stored.stream()
			.filter((v) -> v.getPeriodStart().getMonthValue() == 4
					&& v.getGroupValueId().equals(group(Dimension.RACE_ETHNICITY, "White")))
			.map(IndicatorValue::getNumerator)).containsExactly(120L);
		assertThat(page("/admin/audit", this.admin)).contains("Indicator values imported");
	}

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLongHistoryShowsItsMostRecentPeriods() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		Long white = group(Dimension.RACE_ETHNICITY, "White");
		Long asian = group(Dimension.RACE_ETHNICITY, "Asian");
		// forty quarters of two groups, as years of imports would leave them
		this.jdbc.update(
				"""
						insert into indicator_value (indicator_id, period_start, dimension, group_value_id, numerator, denominator)
						select ?, cast(date '2010-01-01' + q * interval '3 months' as date), 'RACE_ETHNICITY', g, 50, 200
						from generate_series(0, 39) q, unnest(array[?, ?]) g
						""",
				id, white, asian);
		String page = page("/indicators/" + id, this.member);
		assertThat(page).contains("The last 24 of 40 periods");
		String history = page.substring(page.indexOf("id=\"history-table\""));
		history = history.substring(0, history.indexOf("</table>"));
		assertThat(history.split("<th scope=\"row\"", -1)).hasSize(25);
		assertThat(history).contains("2019-Q4").doesNotContain("2013-Q4");

	}

	@Test
	void aFileWithAnyBadRowImportsNothingAndTheReportNamesLineColumnAndProblem() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		String bad = """
				period,dimension,group,numerator,denominator
				2026-Q1,RACE_ETHNICITY,White,100,400
				2026-Q5,RACE_ETHNICITY,Asian,10,40
				2026-Q1,RACE_ETHNICITY,Martians,10,40
				2026-Q1,RACE_ETHNICITY,Asian,50,40
				2026-Q1,RACE_ETHNICITY,White,1,400
				2026-Q1,RACE_ETHNICITY,Hispanic or Latino,many,40
				2026-Q1,GEOGRAPHY,Rural,10,40
				""";
		MvcResult result = upload(id, this.member, bad);
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("Nothing was imported: 6 problems found")
			.contains("2026-Q5 is not a period. Write it like 2025-Q1.")
			.contains("Martians is not a group of this dimension.")
			.contains("The count with the outcome (50) is larger than the count out of which it is taken (40).")
			.contains("This period, dimension and group are already on line 2.")
			.contains("many is not a whole number from 0 up.")
			.contains("This indicator is not broken down by GEOGRAPHY.");
		String report = html.substring(html.indexOf("id=\"import-report\""));
		assertThat(report).containsPattern("<td>3</td>\\s*<td>period</td>")
			.containsPattern("<td>4</td>\\s*<td>group</td>")
			.containsPattern("<td>5</td>\\s*<td>numerator</td>")
			.containsPattern("<td>7</td>\\s*<td>numerator</td>")
			.containsPattern("<td>8</td>\\s*<td>dimension</td>");
		assertThat(valuesOf(id)).isEmpty();

		MvcResult noColumns = upload(id, this.member, "when,who\n2026-Q1,x\n");
		assertThat(noColumns.getResponse().getStatus()).isEqualTo(422);
		assertThat(noColumns.getResponse().getContentAsString())
			.contains("The column period is missing. The first line must name the columns "
					+ "period,dimension,group,numerator,denominator.");
		MvcResult empty = this.mvc.perform(multipart("/indicators/{id}/import", id).with(csrf()).with(as(this.member)))
			.andReturn();
		assertThat(empty.getResponse().getStatus()).isEqualTo(422);
		assertThat(empty.getResponse().getContentAsString()).contains("Choose a CSV file to import.");
		assertThat(valuesOf(id)).isEmpty();
	}

	@Test
	void thePageShowsHandWorkedMeasuresAndNeverASmallCountNorTheCellThatWouldRevealIt() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		assertThat(upload(id, this.member, GOOD).getResponse().getStatus()).isEqualTo(302);
		// Q2 is the latest: only White and Hispanic; look at Q1 through the export and
		// the
		// history table, and make Q1 the latest by asking for it in a second indicator
		String html = page("/indicators/" + id, this.outsider);
		// Q2: Hispanic 45/150 = 30.0% against White 110/400 = 27.5%: ratio 1.09
		assertThat(html).contains("27.5").contains("30.0").contains("1.09");

		Long q1Only = indicator(Fixtures.unique("Access"), "PERCENT");
		String q1 = GOOD.lines().filter((l) -> !l.startsWith("2026-Q2")).reduce("", (a, b) -> a + b + "\n");
		assertThat(upload(q1Only, this.member, q1).getResponse().getStatus()).isEqualTo(302);
		String latest = page("/indicators/" + q1Only, this.outsider);
		String table = latest.substring(latest.indexOf("id=\"latest-table\""),
				latest.indexOf("</table>", latest.indexOf("id=\"latest-table\"")));
		// Hispanic 40/150 = 26.7% against White 100/400 = 25.0%: ratio 1.07, difference
		// +1.7, Katz 95% interval 0.78 to 1.46 (worked out in docs/equity-measures.md)
		assertThat(table).contains("26.7").contains("1.07").contains("+1.7").contains("0.78 – 1.46");
		// Black 7 of 90 is small; Asian (20 of 60) is hidden too, or the total would give
		// 7 away
		assertThat(table).doesNotContain(">7<").doesNotContain(">90<").doesNotContain("7.8");
		assertThat(table).doesNotContain(">20<").doesNotContain(">60<").doesNotContain("33.3");
		assertThat(table.split("Suppressed: fewer than 11 people", -1)).hasSize(3);
		// the total is shown: 167 of 700
		assertThat(table).contains("167").contains("700");
		assertThat(latest).doesNotContain("7.8").doesNotContain("33.3");

		String csv = this.mvc.perform(get("/indicators/{id}/values.csv", q1Only).with(as(this.outsider)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv)
			.contains("2026-Q1,RACE_ETHNICITY,Hispanic or Latino,false,40,150,26.6667,1.0667,1.6667,0.7784,1.4616");
		assertThat(csv)
			.contains("2026-Q1,RACE_ETHNICITY,Hispanic or Latino,false,40,150,26.6667,1.0667,1.6667,0.7784,1.4616,"
					+ "false,better,false,")
			.contains("2026-Q1,RACE_ETHNICITY,Black or African American,false,,,,,,,,,,,UNKNOWN,true")
			.contains("2026-Q1,RACE_ETHNICITY,Asian,false,,,,,,,,,,,UNKNOWN,true");
		assertThat(csv).doesNotContain(",7,90,").doesNotContain(",20,60,");
	}

	@Test
	void valuesEnteredByFormAreCheckedKeptWhenWrongAndReplaceThePeriodWhenRight() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		Long white = group(Dimension.RACE_ETHNICITY, "White");
		Long asian = group(Dimension.RACE_ETHNICITY, "Asian");
		MvcResult wrong = this.mvc
			.perform(post("/indicators/{id}/values", id).param("dimension", "RACE_ETHNICITY")
				.param("period", "2026-Q3")
				.param("rows[0].groupId", white.toString())
				.param("rows[0].first", "abc")
				.param("rows[0].second", "400")
				.param("rows[1].groupId", asian.toString())
				.param("rows[1].first", "30")
				.param("rows[1].second", "20")
				.with(csrf())
				.with(as(this.lead)))
			.andReturn();
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		String html = wrong.getResponse().getContentAsString();
		assertThat(html).contains("White: abc is not a whole number from 0 up.")
			.contains("value=\"abc\"")
			.contains("Asian: The count with the outcome (30) is larger than the count out of which it is taken (20).")
			.contains("aria-invalid=\"true\"");
		assertThat(valuesOf(id)).isEmpty();

		MvcResult badPeriod = this.mvc
			.perform(post("/indicators/{id}/values", id).param("dimension", "RACE_ETHNICITY")
				.param("period", "Q3 2026")
				.param("rows[0].groupId", white.toString())
				.param("rows[0].first", "100")
				.param("rows[0].second", "400")
				.with(csrf())
				.with(as(this.lead)))
			.andReturn();
		assertThat(badPeriod.getResponse().getStatus()).isEqualTo(422);
		assertThat(badPeriod.getResponse().getContentAsString()).contains("Q3 2026 is not a period");

		for (String numerator : List.of("100", "120")) {
			this.mvc
				.perform(post("/indicators/{id}/values", id).param("dimension", "RACE_ETHNICITY")
					.param("period", "2026-Q3")
					.param("rows[0].groupId", white.toString())
					.param("rows[0].first", numerator)
					.param("rows[0].second", "400")
					.with(csrf())
					.with(as(this.lead)))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(valuesOf(id)).singleElement().satisfies((v) -> assertThat(v.getNumerator()).isEqualTo(120L));
		assertThat(page("/indicators/" + id + "/values/new?dimension=RACE_ETHNICITY&period=2026-Q3", this.lead))
			.contains("value=\"120\"");
	}

	@Test
	void onlyTheLookingAfterWorkgroupAndAdministratorsChangeValues() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		assertThat(upload(id, this.outsider, GOOD).getResponse().getStatus()).isEqualTo(403);
		Person director = this.fixtures.person(SystemRole.LEADERSHIP);
		assertThat(upload(id, director, GOOD).getResponse().getStatus()).isEqualTo(403);
		assertThat(valuesOf(id)).isEmpty();
		this.mvc.perform(get("/indicators/{id}/import", 999_999).with(as(this.admin))).andExpect(status().isNotFound());
		this.mvc.perform(get("/indicators/{id}", id).param("dimension", "GEOGRAPHY").with(as(this.member)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/indicators/{id}", id).param("dimension", "PLANETS").with(as(this.member)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theAdministratorsFormRefusesWhatCannotBeRightAndKeepsWhatWasTyped() throws Exception {
		String html = refused(post("/admin/indicators").param("name", "Typed name")
			.param("kind", "HOW_WELL")
			.param("unit", "RATE_PER_N")
			.param("direction", "HIGHER_IS_BETTER")
			.param("periodType", "QUARTER")
			.param("target", "ten")
			.with(csrf())
			.with(as(this.admin)));
		assertThat(html).contains("value=\"Typed name\"").contains("Enter a number such as 85 or 12.5.");
		String noDimension = refused(post("/admin/indicators").param("name", "Typed name")
			.param("kind", "HOW_WELL")
			.param("unit", "RATE_PER_N")
			.param("direction", "HIGHER_IS_BETTER")
			.param("periodType", "QUARTER")
			.with(csrf())
			.with(as(this.admin)));
		assertThat(noDimension).contains("For a rate, enter per how many people");
		String wrongReference = refused(post("/admin/indicators").param("name", Fixtures.unique("Typed"))
			.param("kind", "HOW_WELL")
			.param("unit", "PERCENT")
			.param("direction", "HIGHER_IS_BETTER")
			.param("periodType", "QUARTER")
			.param("references[0]", group(Dimension.GENDER, "Man").toString())
			.with(csrf())
			.with(as(this.admin)));
		assertThat(wrongReference).contains("Choose a reference group from the list.");
	}

	@Test
	void leadsLinkStepsToIndicatorsAndTheIndicatorPageListsThem() throws Exception {
		Long id = indicator(Fixtures.unique("Access"), "PERCENT");
		ActionStep step = this.fixtures.step(this.fixtures.aim(this.fixtures.plan(), 1), this.workgroup);
		this.mvc
			.perform(post("/action-steps/{id}/indicators", step.getId()).param("indicatorId", id.toString())
				.with(csrf())
				.with(as(this.member)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/action-steps/{id}/indicators", step.getId()).param("indicatorId", id.toString())
				.with(csrf())
				.with(as(this.lead)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/indicators/" + id, this.member)).contains(step.getTitle());
		assertThat(page("/action-steps/" + step.getId(), this.member)).contains("href=\"/indicators/" + id + "\"");
		this.mvc.perform(post("/action-steps/{id}/indicators", step.getId()).with(csrf()).with(as(this.lead)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/indicators/" + id, this.member)).doesNotContain(step.getTitle());
	}

	@Test
	void theDashboardListsGroupsFaringWorseWithTheirTrend() throws Exception {
		String name = Fixtures.unique("Seen in time");
		Long id = indicator(name, "PERCENT");
		String csv = """
				period,dimension,group,numerator,denominator
				2025-Q4,RACE_ETHNICITY,White,300,400
				2025-Q4,RACE_ETHNICITY,Black or African American,220,400
				2026-Q1,RACE_ETHNICITY,White,300,400
				2026-Q1,RACE_ETHNICITY,Black or African American,200,400
				2026-Q2,RACE_ETHNICITY,White,300,400
				2026-Q2,RACE_ETHNICITY,Black or African American,150,400
				""";
		assertThat(upload(id, this.member, csv).getResponse().getStatus()).isEqualTo(302);
		this.fixtures.plan();
		String dashboard = page("/dashboard", this.fixtures.person(SystemRole.LEADERSHIP));
		String panel = dashboard.substring(dashboard.indexOf("id=\"disparities-table\""));
		// 150/400 against 300/400: ratio 0.50, gap larger than in the two quarters before
		assertThat(panel).contains(name).contains("0.50").contains("Widening");
		assertThat(page("/indicators", this.member)).contains(name).contains("1 widening");
	}

	@Test
	void scriptInIndicatorsAndGroupsIsShownAsText() throws Exception {
		String payload = "<script>alert(1)</script>";
		Long id = indicator(payload + Fixtures.unique(""), "PERCENT");
		this.mvc
			.perform(post("/admin/dimensions").param("dimension", "GEOGRAPHY")
				.param("label", "<b onmouseover=alert(1)>" + Fixtures.unique("x"))
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		for (String path : List.of("/indicators", "/indicators/" + id, "/admin/dimensions",
				"/admin/indicators/" + id + "/edit", "/indicators/" + id + "/import")) {
			assertThat(page(path, this.admin)).as(path)
				.doesNotContain("<script>alert")
				.doesNotContain("<b onmouseover");
		}
	}

}
