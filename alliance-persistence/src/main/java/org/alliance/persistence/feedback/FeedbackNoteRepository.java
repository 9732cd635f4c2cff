package org.alliance.persistence.feedback;

import java.util.List;

import org.alliance.domain.feedback.FeedbackNote;

import org.springframework.data.jpa.repository.JpaRepository;

/** Staff notes on an item, oldest first. */
public interface FeedbackNoteRepository extends JpaRepository<FeedbackNote, Long> {

	List<FeedbackNote> findByItemIdOrderByIdAsc(Long itemId);

}
