package org.alliance.domain.feedback;

/** Where an item stands in its triage. */
public enum FeedbackStatus {

	NEW, ACKNOWLEDGED, ASSIGNED, ANSWERED, CLOSED

}
