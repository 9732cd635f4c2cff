package org.alliance.domain.feedback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.alliance.domain.shared.DomainRuleException;

/** A private note by staff on an item: never shown to the sender or the public. */
@Entity
@Table(name = "feedback_note")
public class FeedbackNote {

	public static final int BODY_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id", nullable = false)
	private Long itemId;

	@Column(name = "author_id", nullable = false)
	private Long authorId;

	@Column(nullable = false, length = BODY_MAX)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected FeedbackNote() {
	}

	public FeedbackNote(Long itemId, Long authorId, String body, Instant createdAt) {
		String text = (body != null) ? body.strip() : "";
		if (text.isEmpty() || text.length() > BODY_MAX) {
			throw new DomainRuleException("feedback.note.invalid", "body");
		}
		this.itemId = itemId;
		this.authorId = authorId;
		this.body = text;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
