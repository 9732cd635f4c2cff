package org.alliance.persistence.commitment;

import java.util.List;

import org.alliance.domain.commitment.CommitmentEvent;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Events recorded against commitments with share targets. */
public interface CommitmentEventRepository extends JpaRepository<CommitmentEvent, Long> {

	@EntityGraph(attributePaths = "counts")
	@Query("select e from CommitmentEvent e where e.commitmentId = :commitmentId order by e.date, e.id")
	List<CommitmentEvent> findOfCommitment(@Param("commitmentId") Long commitmentId);

}
