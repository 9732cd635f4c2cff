package org.alliance.domain.impact;

/**
 * Where an analysis stands: drafted, screened, analysed, awaiting sign-off (or returned
 * for revision), signed off, published and evaluated.
 */
public enum AnalysisStatus {

	DRAFT, SCREENING, IN_ANALYSIS, AWAITING_SIGN_OFF, RETURNED, SIGNED_OFF, PUBLISHED, EVALUATED;

	/** Its team still changes it: until it is submitted, and again once returned. */
	public boolean isEditable() {
		return this == DRAFT || this == SCREENING || this == IN_ANALYSIS || this == RETURNED;
	}

	/** Signed off: read-only except for its evaluation. */
	public boolean isSignedOff() {
		return this == SIGNED_OFF || this == PUBLISHED || this == EVALUATED;
	}

}
