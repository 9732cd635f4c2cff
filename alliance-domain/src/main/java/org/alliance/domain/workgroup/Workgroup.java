package org.alliance.domain.workgroup;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;

/**
 * A team with a charge that carries part of the plan. It always keeps at least one lead
 * once it has one, so a workgroup is never left without someone accountable for it.
 */
@Entity
@Table(name = "workgroup")
public class Workgroup {

	public static final int NAME_MAX = 120;

	public static final int CHARGE_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true, length = NAME_MAX)
	private String name;

	@Column(nullable = false, length = CHARGE_MAX)
	private String charge;

	@ElementCollection
	@CollectionTable(name = "workgroup_membership", joinColumns = @JoinColumn(name = "workgroup_id"))
	private Set<Membership> memberships = new HashSet<>();

	protected Workgroup() {
	}

	public Workgroup(String name, String charge, Long firstLeadId) {
		describe(name, charge);
		this.memberships.add(new Membership(firstLeadId, WorkgroupRole.LEAD));
	}

	public void describe(String name, String charge) {
		if (name == null || name.isBlank() || name.length() > NAME_MAX) {
			throw new DomainRuleException("workgroup.name.invalid", "name");
		}
		Names.requireSingleLine(name, "name");
		if (charge == null || charge.isBlank() || charge.length() > CHARGE_MAX) {
			throw new DomainRuleException("workgroup.charge.invalid", "charge");
		}
		this.name = name.trim();
		this.charge = charge.trim();
	}

	/** Makes the person a lead, promoting them if they are already a member. */
	public void appointLead(Long personId) {
		Optional<Membership> current = membershipOf(personId);
		if (current.isPresent() && current.get().getRole() == WorkgroupRole.LEAD) {
			throw new DomainRuleException("workgroup.lead.already", "personId");
		}
		current.ifPresent(this.memberships::remove);
		this.memberships.add(new Membership(personId, WorkgroupRole.LEAD));
	}

	/** Steps a lead down to an ordinary member; the last lead cannot step down. */
	public void removeLead(Long personId) {
		Membership current = membershipOf(personId).filter((m) -> m.getRole() == WorkgroupRole.LEAD)
			.orElseThrow(() -> new DomainRuleException("workgroup.lead.notLead", "personId"));
		if (leadCount() == 1) {
			throw new DomainRuleException("workgroup.lead.last", "personId");
		}
		this.memberships.remove(current);
		this.memberships.add(new Membership(personId, WorkgroupRole.MEMBER));
	}

	public void addMember(Long personId) {
		if (membershipOf(personId).isPresent()) {
			throw new DomainRuleException("workgroup.member.already", "personId");
		}
		this.memberships.add(new Membership(personId, WorkgroupRole.MEMBER));
	}

	public void removeMember(Long personId) {
		Membership current = membershipOf(personId)
			.orElseThrow(() -> new DomainRuleException("workgroup.member.notMember", "personId"));
		if (current.getRole() == WorkgroupRole.LEAD && leadCount() == 1) {
			throw new DomainRuleException("workgroup.lead.last", "personId");
		}
		this.memberships.remove(current);
	}

	public boolean isLead(Long personId) {
		return membershipOf(personId).map((m) -> m.getRole() == WorkgroupRole.LEAD).orElse(false);
	}

	public boolean includes(Long personId) {
		return membershipOf(personId).isPresent();
	}

	private long leadCount() {
		return this.memberships.stream().filter((m) -> m.getRole() == WorkgroupRole.LEAD).count();
	}

	private Optional<Membership> membershipOf(Long personId) {
		return this.memberships.stream().filter((m) -> m.getPersonId().equals(personId)).findFirst();
	}

	/** The workgroup's state as the audit trail records it. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", this.name);
		values.put("charge", this.charge);
		values.put("leads",
				this.memberships.stream()
					.filter((m) -> m.getRole() == WorkgroupRole.LEAD)
					.map(Membership::getPersonId)
					.sorted()
					.toList());
		values.put("members",
				this.memberships.stream()
					.filter((m) -> m.getRole() == WorkgroupRole.MEMBER)
					.map(Membership::getPersonId)
					.sorted()
					.toList());
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getName() {
		return this.name;
	}

	public String getCharge() {
		return this.charge;
	}

	public Set<Membership> getMemberships() {
		return Set.copyOf(this.memberships);
	}

}
