package org.alliance.domain.feedback;

/** What feedback is about: the plan as a whole, one of its aims, or a service area. */
public enum FeedbackTopic {

	PLAN, AIM, SERVICE_AREA

}
