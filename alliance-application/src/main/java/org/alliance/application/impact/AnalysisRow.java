package org.alliance.application.impact;

import java.time.LocalDate;

import org.alliance.domain.impact.AnalysisStatus;
import org.alliance.domain.impact.SubjectKind;

/** An impact analysis as lists and the dashboard show it, with the names around it. */
public record AnalysisRow(Long id, String title, SubjectKind subjectKind, AnalysisStatus status, LocalDate reviewDate,
		Long planId, String planName, Long workgroupId, String workgroupName, Long ownerId, String ownerName) {

	/** Past its review date and not yet evaluated. */
	public boolean isPastReview(LocalDate today) {
		return this.reviewDate != null && this.reviewDate.isBefore(today) && this.status != AnalysisStatus.EVALUATED;
	}

}
