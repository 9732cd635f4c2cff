package org.alliance.application.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alliance.domain.commitment.EventKind;

/**
 * An event recorded against a commitment: {@code counts} holds, in the order of the
 * commitment's targets, how many of the people each target counts.
 */
public record NewEvent(LocalDate date, String name, EventKind kind, Integer total, List<Integer> counts) {

	public NewEvent {
		counts = (counts != null) ? new ArrayList<>(counts) : new ArrayList<>();
	}

	/** The counts, padded with blanks or cut to the number of targets. */
	List<Integer> countsFor(int targets) {
		List<Integer> padded = new ArrayList<>(this.counts);
		while (padded.size() < targets) {
			padded.add(null);
		}
		return padded.subList(0, targets);
	}

}
