package org.alliance.domain.impact;

/** What is analysed. */
public enum SubjectKind {

	POLICY, PROGRAMME, BUDGET, SERVICE_CHANGE

}
