package org.alliance.web.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.commitment.NewEvent;
import org.alliance.domain.commitment.CommitmentEvent;
import org.alliance.domain.commitment.EventKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An event recorded against a commitment: {@code counts} holds, in the order of the
 * commitment's targets, how many of the people each target counts.
 */
public record EventForm(
		@NotNull(message = "{event.date.invalid}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotBlank(message = "{event.name.invalid}") @Size(max = CommitmentEvent.NAME_MAX,
				message = "{event.name.invalid}") String name,
		@NotNull(message = "{event.kind.invalid}") EventKind kind,
		@NotNull(message = "{event.total.invalid}") Integer total, List<Integer> counts) {

	public EventForm {
		counts = (counts != null) ? new ArrayList<>(counts) : new ArrayList<>();
	}

	static EventForm blank(int targets, LocalDate today) {
		List<Integer> counts = new ArrayList<>();
		for (int i = 0; i < targets; i++) {
			counts.add(null);
		}
		return new EventForm(today, "", EventKind.PANEL, null, counts);
	}

	NewEvent command() {
		return new NewEvent(this.date, this.name, this.kind, this.total, this.counts);
	}

}
