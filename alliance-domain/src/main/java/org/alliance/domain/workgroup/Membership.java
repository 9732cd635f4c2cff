package org.alliance.domain.workgroup;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One person's place in a workgroup. */
@Embeddable
public class Membership {

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 10)
	private WorkgroupRole role;

	protected Membership() {
	}

	Membership(Long personId, WorkgroupRole role) {
		this.personId = personId;
		this.role = role;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public WorkgroupRole getRole() {
		return this.role;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Membership that && Objects.equals(this.personId, that.personId)
				&& this.role == that.role;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.personId, this.role);
	}

}
