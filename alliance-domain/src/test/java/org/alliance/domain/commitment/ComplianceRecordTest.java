package org.alliance.domain.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ComplianceRecordTest {

	@Test
	void eventsAreTalliedByQuarterAndInAll() {
		Commitment commitment = new Commitment("Panels with at least half women", "A director", null, null);
		commitment.addTarget(new ShareTarget("women", 50));
		List<CommitmentEvent> events = List.of(event(commitment, LocalDate.of(2026, 1, 10), 3),
				event(commitment, LocalDate.of(2026, 2, 20), 1), event(commitment, LocalDate.of(2026, 4, 2), 2));

		ComplianceRecord record = ComplianceRecord.of(commitment, events);

		// of 4 people each: 3 (75%) met, 1 (25%) not, 2 (50%) met; Q1 1 of 2, Q2 1 of 1
		assertThat(record.eventCount()).isEqualTo(3);
		assertThat(record.met()).isEqualTo(2);
		assertThat(record.events()).extracting((e) -> e.result().met()).containsExactly(true, false, true);
		assertThat(record.quarters())
			.extracting((q) -> q.period().code(), ComplianceRecord.Quarter::events, ComplianceRecord.Quarter::met,
					ComplianceRecord.Quarter::rate)
			.containsExactly(tuple("2026-Q1", 2, 1, 50.0), tuple("2026-Q2", 1, 1, 100.0));
		assertThat(record.rate()).isEqualTo(200.0 / 3);
	}

	@Test
	void aCommitmentWithoutEventsHasNoRate() {
		Commitment commitment = new Commitment("Panels with at least half women", "A director", null, null);
		commitment.addTarget(new ShareTarget("women", 50));
		ComplianceRecord record = ComplianceRecord.of(commitment, List.of());
		assertThat(record.rate()).isNull();
		assertThat(record.quarters()).isEmpty();
	}

	private static CommitmentEvent event(Commitment commitment, LocalDate date, int women) {
		return new CommitmentEvent(commitment, date, "Panel", EventKind.PANEL, 4, List.of(women), 1L, Instant.EPOCH);
	}

}
