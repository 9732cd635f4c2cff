package org.alliance.web.equity;

import java.nio.charset.StandardCharsets;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An indicator cannot grow without bound: an import that would take it past the most
 * values it may hold is refused with a message and changes nothing. The limit is lowered
 * here so that a few rows reach it.
 */
@TestPropertySource(properties = "alliance.indicators.max-values=10")
class IndicatorSizeLimitTest extends WebTestSupport {

	@Autowired
	DimensionValueRepository groups;

	@Autowired
	IndicatorValueRepository values;

	@Test
	void anImportPastTheLimitIsRefusedAndNothingIsKept() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person lead = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead);
		String location = this.mvc
			.perform(post("/admin/indicators").param("name", Fixtures.unique("Waiting"))
				.param("description", "Share seen within 14 days")
				.param("kind", "HOW_WELL")
				.param("unit", "PERCENT")
				.param("direction", "HIGHER_IS_BETTER")
				.param("periodType", "QUARTER")
				.param("workgroupId", workgroup.getId().toString())
				.param("references[0]", white().toString())
				.with(csrf())
				.with(as(admin)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.replaceAll("\\D+", ""));
		String year = """
				period,dimension,group,numerator,denominator
				2025-Q1,RACE_ETHNICITY,White,100,400
				2025-Q1,RACE_ETHNICITY,Asian,20,60
				2025-Q2,RACE_ETHNICITY,White,110,400
				2025-Q2,RACE_ETHNICITY,Asian,22,60
				2025-Q3,RACE_ETHNICITY,White,120,400
				2025-Q3,RACE_ETHNICITY,Asian,24,60
				""";
		assertThat(upload(id, lead, year).getStatus()).isEqualTo(302);
		assertThat(this.values.countByIndicatorId(id)).isEqualTo(6);
		// the same periods again replace what is there: still six
		assertThat(upload(id, lead, year).getStatus()).isEqualTo(302);

		MockHttpServletResponse tooMany = upload(id, lead, year.replace("2025-", "2026-"));
		assertThat(tooMany.getStatus()).isEqualTo(422);
		assertThat(tooMany.getContentAsString()).contains("at most 10 values").doesNotContain("Exception");
		assertThat(this.values.countByIndicatorId(id)).isEqualTo(6);
	}

	private Long white() {
		return this.groups.findByDimensionOrderByPositionAscLabelAsc(Dimension.RACE_ETHNICITY)
			.stream()
			.filter((g) -> g.getLabel().equals("White"))
			.map(DimensionValue::getId)
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletResponse upload(Long id, Person person, String csv) throws Exception {
		return this.mvc
			.perform(multipart("/indicators/{id}/import", id)
				.file(new MockMultipartFile("file", "values.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(as(person)))
			.andReturn()
			.getResponse();
	}

}
