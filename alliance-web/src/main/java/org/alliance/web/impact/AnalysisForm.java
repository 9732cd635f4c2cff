package org.alliance.web.impact;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.domain.impact.SubjectKind;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an analysis is about: a new one (with its plan and workgroup), or corrections
 * (with the version it was shown at).
 */
public record AnalysisForm(@Nullable Long planId, @Nullable Long workgroupId,
		@NotBlank(message = "{analysis.title.invalid}") @Size(max = ImpactAnalysis.TITLE_MAX,
				message = "{analysis.title.invalid}") @Nullable String title,
		@NotNull(message = "{analysis.subjectKind.invalid}") @Nullable SubjectKind subjectKind,
		@NotBlank(message = "{analysis.description.invalid}") @Size(max = ImpactAnalysis.DESCRIPTION_MAX,
				message = "{analysis.description.invalid}") @Nullable String description,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewDate, @Nullable Long version) {

	static AnalysisForm blank(@Nullable Long planId, @Nullable Long workgroupId) {
		return new AnalysisForm(planId, workgroupId, "", null, "", null, null);
	}

	static AnalysisForm from(ImpactAnalysis analysis) {
		return new AnalysisForm(analysis.getPlanId(), analysis.getWorkgroupId(), analysis.getTitle(),
				analysis.getSubjectKind(), analysis.getDescription(), analysis.getReviewDate(), analysis.getVersion());
	}

	AnalysisForm withVersion(long latest) {
		return new AnalysisForm(this.planId, this.workgroupId, this.title, this.subjectKind, this.description,
				this.reviewDate, latest);
	}

	ImpactAnalysis.Details details() {
		return new ImpactAnalysis.Details(this.title, this.subjectKind, this.description, this.reviewDate);
	}

}
