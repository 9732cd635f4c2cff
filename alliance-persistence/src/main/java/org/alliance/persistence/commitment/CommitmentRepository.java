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

	@EntityGraph(attributePaths = { "linkedStepIds", "targets" })
	@Query("select c from Commitment c where c.id = :id")
	Optional<Commitment> findWithSteps(@Param("id") Long id);

}
