package org.alliance.web.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.PeriodType;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorRepository;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long lists of steps sort by any column through links (no script): in SQL, across pages,
 * keeping the filters, with the sort said by {@code aria-sort} and in words.
 */
class SortingTest extends WebTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	private ActionStep step(Aim aim, Workgroup workgroup, Person assignee, String title, int percent, LocalDate due) {
		ActionStep step = this.fixtures.step(aim, workgroup, assignee, due);
		this.jdbc.update("update action_step set title = ?, percent = ?, status = ? where id = ?", title, percent,
				(percent > 0) ? "IN_PROGRESS" : "NOT_STARTED", step.getId());
		return step;
	}

	/** The titles of the steps table's rows, in the order the page shows them. */
	private static List<String> titles(String html) {
		String table = html.substring(html.indexOf("<table class=\"steps"));
		Matcher matcher = Pattern.compile("href=\"/action-steps/\\d+[^\"]*\">([^<]+)</a>").matcher(table);
		List<String> titles = new ArrayList<>();
		while (matcher.find()) {
			titles.add(matcher.group(1));
		}
		return titles;
	}

	@Test
	void thePlansStepsSortByEachColumnBothWaysKeepingTheFilterAndThePages() throws Exception {
		Person lead = this.fixtures.staff();
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead, member);
		Workgroup other = this.fixtures.workgroup(this.fixtures.staff());
		Plan plan = this.fixtures.plan();
		Aim aim = this.fixtures.aim(plan, 1);
		LocalDate today = LocalDate.now();
		step(aim, workgroup, member, "Bravo", 40, today.plusDays(30));
		step(aim, workgroup, member, "alpha", 80, today.plusDays(60));
		step(aim, workgroup, lead, "Charlie", 10, today.plusDays(10));
		step(aim, other, null, "Delta elsewhere", 90, today.plusDays(5));
		String base = "/plans/" + plan.getId() + "?workgroup=" + workgroup.getId();

		String byDue = page(base, member);
		assertThat(titles(byDue)).containsExactly("Charlie", "Bravo", "alpha");
		assertThat(byDue).contains("aria-sort=\"ascending\"");

		String byTitleDesc = page(base + "&sort=title&dir=desc", member);
		assertThat(titles(byTitleDesc)).as("case does not decide the order")
			.containsExactly("Charlie", "Bravo", "alpha");
		assertThat(titles(page(base + "&sort=title&dir=asc", member))).containsExactly("alpha", "Bravo", "Charlie");
		assertThat(titles(page(base + "&sort=percent&dir=desc", member))).containsExactly("alpha", "Bravo", "Charlie");
		assertThat(byTitleDesc).contains("aria-sort=\"descending\"", "(sorted descending; select to sort ascending)")
			.as("the sorted header links to the other direction, keeping the filter")
			.contains("href=\"/plans/" + plan.getId() + "?workgroup=" + workgroup.getId()
					+ "&amp;sort=title&amp;dir=asc#sorted-list\"")
			.as("the filter form keeps the sort")
			.contains("name=\"sort\" value=\"title\"", "name=\"dir\" value=\"desc\"");
		assertThat(titles(page(base + "&sort=assignee&dir=asc", member))).hasSize(3);
		assertThat(titles(page("/plans/" + plan.getId() + "?sort=workgroup&dir=asc", member))).hasSize(4);
		// an unknown column or direction is the default order, never an error
		assertThat(titles(page(base + "&sort=drop%20table&dir=sideways", member))).containsExactly("Charlie", "Bravo",
				"alpha");
	}

	@Test
	void pagesOfASortedListFollowEachOtherWithoutGapsOrRepeats() throws Exception {
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		Plan plan = this.fixtures.plan();
		Aim aim = this.fixtures.aim(plan, 1);
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String title = String.format("Step %02d", i);
			// the same percentage for many: the id decides between them, so no step is on
			// two pages
			step(aim, workgroup, member, title, (i % 3) * 10, LocalDate.now().plusDays(i));
			expected.add(title);
		}
		String first = page("/workgroups/" + workgroup.getId() + "?sort=percent&dir=desc", member);
		Matcher next = Pattern.compile("href=\"(/workgroups/\\d+\\?sort=percent&amp;dir=desc&amp;page=1)\"")
			.matcher(first);
		assertThat(next.find()).as("the next page keeps the sort").isTrue();
		List<String> seen = new ArrayList<>(titles(first));
		String second = page(next.group(1).replace("&amp;", "&"), member);
		seen.addAll(titles(second));
		assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(seen.subList(0, 20))
			.allSatisfy((t) -> assertThat(Integer.parseInt(t.substring(5)) % 3).isEqualTo(2));
	}

	@Test
	void thePeopleListFiltersByRoleWorkgroupAndAccountAndSortsByColumn() throws Exception {
		Person lead = this.fixtures.staff();
		Person member = this.fixtures.staff();
		Person leaver = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead, member, leaver);
		this.jdbc.update("update person set display_name = 'Bea Sorted' where id = ?", lead.getId());
		this.jdbc.update("update person set display_name = 'ana Sorted' where id = ?", member.getId());
		this.jdbc.update("update person set display_name = 'Cid Sorted', enabled = false where id = ?", leaver.getId());
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String base = "/admin/people?workgroup=" + workgroup.getId();

		String all = page(base, admin);
		assertThat(names(all)).containsExactly("ana Sorted", "Bea Sorted", "Cid Sorted");
		assertThat(all).contains("3 people", "Lead of " + workgroup.getName(), "Member of " + workgroup.getName());
		assertThat(names(page(base + "&sort=name&dir=desc", admin))).containsExactly("Cid Sorted", "Bea Sorted",
				"ana Sorted");
		assertThat(names(page(base + "&status=disabled", admin))).containsExactly("Cid Sorted");
		assertThat(names(page(base + "&status=enabled&sort=account", admin))).containsExactly("ana Sorted",
				"Bea Sorted");
		String nobody = page(base + "&role=LEADERSHIP", admin);
		assertThat(nobody).contains("Nobody matches.").doesNotContain("<table");
		assertThat(page(base + "&sort=email&dir=asc", admin)).contains("aria-sort=\"ascending\"")
			.contains("name=\"sort\" value=\"email\"");
	}

	private static List<String> names(String html) {
		Matcher matcher = Pattern.compile("href=\"/admin/people/\\d+\">([^<]+)</a>").matcher(html);
		List<String> names = new ArrayList<>();
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	DimensionValueRepository groups;

	private void indicator(String name, IndicatorKind kind) {
		this.indicators.save(new Indicator(
				new Indicator.Definition(name, "", kind, IndicatorUnit.PERCENT, null, Direction.HIGHER_IS_BETTER,
						PeriodType.QUARTER, null, null),
				Map.of(Dimension.RACE_ETHNICITY,
						this.groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.RACE_ETHNICITY)
							.get(0)
							.getId())));
	}

	/** The names of this test's indicators, in the order the list shows them. */
	private static List<String> indicatorNames(String html, String tag) {
		Matcher matcher = Pattern.compile("href=\"/indicators/\\d+\">([^<]*" + tag + ")</a>").matcher(html);
		List<String> names = new ArrayList<>();
		while (matcher.find()) {
			names.add(matcher.group(1).replace(" " + tag, ""));
		}
		return names;
	}

	@Test
	void theIndicatorListSortsByNameAndKindBothWays() throws Exception {
		String tag = Fixtures.unique("sorted");
		indicator("Mike " + tag, IndicatorKind.HOW_WELL);
		indicator("alpha " + tag, IndicatorKind.BETTER_OFF);
		indicator("Zulu " + tag, IndicatorKind.POPULATION);
		Person reader = this.fixtures.staff();
		String byName = page("/indicators", reader);
		assertThat(indicatorNames(byName, tag)).containsExactly("alpha", "Mike", "Zulu");
		assertThat(byName).contains("aria-sort=\"ascending\"",
				"href=\"/indicators?sort=name&amp;dir=desc#sorted-list\"");
		assertThat(indicatorNames(page("/indicators?sort=name&dir=desc", reader), tag)).containsExactly("Zulu", "Mike",
				"alpha");
		assertThat(indicatorNames(page("/indicators?sort=kind&dir=asc", reader), tag)).containsExactly("Zulu", "Mike",
				"alpha");
		assertThat(indicatorNames(page("/indicators?sort=kind&dir=desc", reader), tag)).containsExactly("alpha", "Mike",
				"Zulu");
		// an unknown column is the default order, not an error
		assertThat(indicatorNames(page("/indicators?sort=nonsense&dir=sideways", reader), tag)).containsExactly("alpha",
				"Mike", "Zulu");
	}

}
