package org.alliance.domain.plan;

/** Where a plan is in its life. */
public enum PlanStatus {

	DRAFT, ACTIVE, CLOSED

}
