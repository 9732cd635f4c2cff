package org.alliance.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;

/** A service area feedback can be about, from the list administrators keep. */
@Entity
@Table(name = "feedback_service_area")
public class ServiceArea {

	public static final int NAME_MAX = 120;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(nullable = false)
	private boolean active = true;

	protected ServiceArea() {
	}

	public ServiceArea(String name) {
		rename(name);
	}

	public void rename(String newName) {
		String text = (newName != null) ? newName.strip() : "";
		if (text.isEmpty() || text.length() > NAME_MAX) {
			throw new DomainRuleException("serviceArea.name.invalid", "name");
		}
		Names.requireSingleLine(text, "name");
		this.name = text;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public boolean isActive() {
		return this.active;
	}

}
