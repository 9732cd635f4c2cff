package org.alliance.domain.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;

/**
 * An occasion (a panel, a board, a conference) recorded against a commitment with share
 * targets: how many people it had and how many of them each target counts.
 */
@Entity
@Table(name = "commitment_event")
public class CommitmentEvent {

	public static final int NAME_MAX = 160;

	public static final int TOTAL_MAX = 100_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "commitment_id", nullable = false)
	private Long commitmentId;

	@Column(name = "event_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private EventKind kind;

	@Column(nullable = false)
	private int total;

	@ElementCollection
	@CollectionTable(name = "commitment_event_count", joinColumns = @JoinColumn(name = "event_id"))
	@MapKeyColumn(name = "measure", length = 80)
	@Column(name = "counted", nullable = false)
	private Map<String, Integer> counts = new LinkedHashMap<>();

	@Column(name = "recorded_by")
	private Long recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected CommitmentEvent() {
	}

	/**
	 * @param counts how many people each target's measure counted, in the order of the
	 * commitment's targets
	 */
	public CommitmentEvent(Commitment commitment, LocalDate date, String name, EventKind kind, int total,
			List<Integer> counts, Long recordedBy, Instant recordedAt) {
		List<ShareTarget> targets = commitment.getTargets();
		if (targets.isEmpty()) {
			throw new DomainRuleException("event.noTargets");
		}
		if (date == null) {
			throw new DomainRuleException("event.date.invalid", "date");
		}
		if (name == null || name.isBlank() || name.trim().length() > NAME_MAX) {
			throw new DomainRuleException("event.name.invalid", "name");
		}
		Names.requireSingleLine(name, "name");
		if (kind == null) {
			throw new DomainRuleException("event.kind.invalid", "kind");
		}
		if (total < 1 || total > TOTAL_MAX) {
			throw new DomainRuleException("event.total.invalid", "total");
		}
		if (counts == null || counts.size() != targets.size()) {
			throw new DomainRuleException("event.counts.invalid");
		}
		for (int i = 0; i < targets.size(); i++) {
			Integer count = counts.get(i);
			if (count == null || count < 0 || count > total) {
				throw new DomainRuleException("event.count.invalid", "counts[" + i + "]");
			}
			this.counts.put(targets.get(i).measure(), count);
		}
		this.commitmentId = commitment.getId();
		this.date = date;
		this.name = name.trim();
		this.kind = kind;
		this.total = total;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** The event checked against the commitment's targets. */
	public EventCheck.Result check(List<ShareTarget> targets) {
		Map<String, Long> counted = new LinkedHashMap<>();
		this.counts.forEach((measure, count) -> counted.put(measure, count.longValue()));
		return EventCheck.check(targets, this.total, counted);
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("commitmentId", this.commitmentId);
		values.put("date", this.date.toString());
		values.put("name", this.name);
		values.put("kind", this.kind.name());
		values.put("total", this.total);
		values.put("counts", new LinkedHashMap<>(this.counts));
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public String getName() {
		return this.name;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public int getTotal() {
		return this.total;
	}

	public Long getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
