package org.alliance.persistence.commitment;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.commitment.Commitment;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Commitments and the steps linked to them. */
public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	@EntityGraph(attributePaths = "targets")
	@Query("select c from Commitment c order by c.reviewDate nulls last, c.id")
	List<Commitment> findAllInReviewOrder();

	/**
	 * Every commitment with its targets and every event with its counts, in one
	 * statement: pairs of commitment and event (none for a commitment without events),
	 * commitments in review order, events by date. A pair repeats once per target and
	 * count; {@link #allWithEvents()} keeps each once.
	 */
	@Query("select c, e from Commitment c left join CommitmentEvent e on e.commitmentId = c.id"
			+ " left join fetch c.targets left join fetch e.counts"
			+ " order by c.reviewDate nulls last, c.id, e.date, e.id")
	List<Object[]> findAllWithEventRows();

	/** Commitments in review order, each with its events by date. */
	record WithEvents(List<Commitment> commitments,
			java.util.Map<Long, List<org.alliance.domain.commitment.CommitmentEvent>> events) {
	}

	/** Every commitment with its targets and events, in one statement. */
	default WithEvents allWithEvents() {
		java.util.Map<Long, Commitment> commitments = new java.util.LinkedHashMap<>();
		java.util.Map<Long, java.util.Map<Long, org.alliance.domain.commitment.CommitmentEvent>> events = new java.util.HashMap<>();
		for (Object[] pair : findAllWithEventRows()) {
			Commitment commitment = (Commitment) pair[0];
			commitments.putIfAbsent(commitment.getId(), commitment);
			java.util.Map<Long, org.alliance.domain.commitment.CommitmentEvent> own = events
				.computeIfAbsent(commitment.getId(), (id) -> new java.util.LinkedHashMap<>());
			if (pair[1] instanceof org.alliance.domain.commitment.CommitmentEvent event) {
				own.putIfAbsent(event.getId(), event);
			}
		}
		java.util.Map<Long, List<org.alliance.domain.commitment.CommitmentEvent>> lists = new java.util.HashMap<>();
		events.forEach((id, own) -> lists.put(id, List.copyOf(own.values())));
		return new WithEvents(List.copyOf(commitments.values()), lists);
	}

	@EntityGraph(attributePaths = { "linkedStepIds", "targets" })
	@Query("select c from Commitment c where c.id = :id")
	Optional<Commitment> findWithSteps(@Param("id") Long id);

}
