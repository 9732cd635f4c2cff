package org.alliance.persistence.commitment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentEvent;

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
	record WithEvents(List<Commitment> commitments, Map<Long, List<CommitmentEvent>> events) {
	}

	/** Every commitment with its targets and events, in one statement. */
	default WithEvents allWithEvents() {
		Map<Long, Commitment> commitments = new LinkedHashMap<>();
		Map<Long, Map<Long, CommitmentEvent>> events = new HashMap<>();
		for (Object[] pair : findAllWithEventRows()) {
			Commitment commitment = (Commitment) pair[0];
			commitments.putIfAbsent(commitment.getId(), commitment);
			Map<Long, CommitmentEvent> own = events.computeIfAbsent(commitment.getId(), (id) -> new LinkedHashMap<>());
			if (pair[1] instanceof CommitmentEvent event) {
				own.putIfAbsent(event.getId(), event);
			}
		}
		Map<Long, List<CommitmentEvent>> lists = new HashMap<>();
		events.forEach((id, own) -> lists.put(id, List.copyOf(own.values())));
		return new WithEvents(List.copyOf(commitments.values()), lists);
	}

	@EntityGraph(attributePaths = { "linkedStepIds", "targets" })
	@Query("select c from Commitment c where c.id = :id")
	Optional<Commitment> findWithSteps(@Param("id") Long id);

}
