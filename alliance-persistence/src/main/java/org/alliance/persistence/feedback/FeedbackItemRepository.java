package org.alliance.persistence.feedback;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Feedback items: by their status token's hash, with their collections, and as lists. */
public interface FeedbackItemRepository extends JpaRepository<FeedbackItem, Long> {

	@EntityGraph(attributePaths = { "groupIds", "stepIds" })
	@Query("select f from FeedbackItem f where f.tokenHash = :hash")
	Optional<FeedbackItem> findByTokenHash(@Param("hash") String hash);

	@EntityGraph(attributePaths = { "groupIds", "stepIds" })
	@Query("select f from FeedbackItem f where f.id = :id")
	Optional<FeedbackItem> findWhole(@Param("id") Long id);

	/**
	 * Items for the triage list, unhandled safeguarding concerns first (only when
	 * {@code restricted} may be seen), then the oldest first.
	 */
	@Query("select f from FeedbackItem f where (:status is null or f.status = :status)"
			+ " and (:restricted = true or f.safeguarding = false or f.safeguardingHandledAt is not null)"
			+ " order by case when f.safeguarding = true and f.safeguardingHandledAt is null then 0 else 1 end,"
			+ " f.receivedAt, f.id")
	List<FeedbackItem> triage(@Param("status") @Nullable FeedbackStatus status,
			@Param("restricted") boolean restricted);

	/** Approved summaries for the public page, newest first. */
	@EntityGraph(attributePaths = "stepIds")
	@Query("select f from FeedbackItem f where f.approvedAt is not null order by f.receivedAt desc, f.id desc")
	List<FeedbackItem> published();

	/** Items not yet answered (for the deadlines). */
	@Query("select f from FeedbackItem f where f.answeredAt is null order by f.receivedAt, f.id")
	List<FeedbackItem> unanswered();

	boolean existsByReference(String reference);

	/** Every item with its self-described groups, oldest first (figures, export). */
	@EntityGraph(attributePaths = { "groupIds", "stepIds" })
	@Query("select f from FeedbackItem f order by f.receivedAt, f.id")
	List<FeedbackItem> allInOrder();

}
