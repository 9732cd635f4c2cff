package org.alliance.web.impact;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;
import org.alliance.domain.impact.ImpactAnalysis;
import org.jspecify.annotations.Nullable;

/**
 * The six steps as one form: each may be saved part-written; submitting for sign-off asks
 * for all of them.
 */
public record SectionsForm(
		@Size(max = ImpactAnalysis.SECTION_MAX, message = "{analysis.section.tooLong}") @Nullable String desiredResults,
		@Nullable List<Long> indicatorIds,
		@Size(max = ImpactAnalysis.SECTION_MAX, message = "{analysis.section.tooLong}") @Nullable String dataNotes,
		@Size(max = ImpactAnalysis.SHORT_MAX, message = "{analysis.section.tooLong}") @Nullable String engagementGroups,
		@Size(max = ImpactAnalysis.SHORT_MAX,
				message = "{analysis.section.tooLong}") @Nullable String engagementMethods,
		@Size(max = ImpactAnalysis.SECTION_MAX,
				message = "{analysis.section.tooLong}") @Nullable String engagementHeard,
		@Size(max = ImpactAnalysis.SECTION_MAX, message = "{analysis.section.tooLong}") @Nullable String implementation,
		@Size(max = ImpactAnalysis.SECTION_MAX, message = "{analysis.section.tooLong}") @Nullable String accountability,
		@Size(max = ImpactAnalysis.SHORT_MAX, message = "{analysis.section.tooLong}") @Nullable String publicSummary,
		@Nullable Long version) {

	static SectionsForm from(ImpactAnalysis a) {
		return new SectionsForm(a.getDesiredResults(), new ArrayList<>(a.getIndicatorIds()), a.getDataNotes(),
				a.getEngagementGroups(), a.getEngagementMethods(), a.getEngagementHeard(), a.getImplementation(),
				a.getAccountability(), a.getPublicSummary(), a.getVersion());
	}

	SectionsForm withVersion(long latest) {
		return new SectionsForm(this.desiredResults, this.indicatorIds, this.dataNotes, this.engagementGroups,
				this.engagementMethods, this.engagementHeard, this.implementation, this.accountability,
				this.publicSummary, latest);
	}

	public List<Long> indicators() {
		return (this.indicatorIds != null) ? this.indicatorIds.stream().filter((i) -> i != null).toList() : List.of();
	}

	ImpactAnalysis.Sections sections() {
		return new ImpactAnalysis.Sections(this.desiredResults, this.dataNotes, this.engagementGroups,
				this.engagementMethods, this.engagementHeard, this.implementation, this.accountability,
				this.publicSummary);
	}

}
