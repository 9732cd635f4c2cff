package org.alliance.web.step;

import org.jspecify.annotations.Nullable;

/**
 * A checklist form that was refused, shown again with what was typed: ticking an item
 * ({@code itemId} set) or adding one ({@code itemId} null); the error's message key and
 * the field it concerns.
 */
public record ChecklistAttempt(@Nullable Long itemId, @Nullable String doneOn, @Nullable String note,
		@Nullable String text, String error, @Nullable String field) {

	public boolean isFor(Long id) {
		return id.equals(this.itemId);
	}

	public boolean isAbout(String name) {
		return name.equals(this.field);
	}

}
