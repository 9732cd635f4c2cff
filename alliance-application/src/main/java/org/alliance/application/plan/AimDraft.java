package org.alliance.application.plan;

/** What an administrator says about an aim of a plan. */
public record AimDraft(int number, String title, String description) {
}
