package org.alliance.domain.workgroup;

import org.alliance.domain.shared.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkgroupTest {

	private Workgroup workgroup() {
		return new Workgroup("Data Gathering and Analysis", "Explore and publish disaggregated data", 1L);
	}

	@Test
	void appointingAMemberAsLeadPromotesThem() {
		Workgroup workgroup = workgroup();
		workgroup.addMember(2L);
		workgroup.appointLead(2L);
		assertThat(workgroup.isLead(2L)).isTrue();
		assertThat(workgroup.getMemberships()).hasSize(2);
	}

	@Test
	void theLastLeadCannotBeRemoved() {
		Workgroup workgroup = workgroup();
		assertThatThrownBy(() -> workgroup.removeLead(1L)).isInstanceOf(DomainRuleException.class)
			.hasMessage("workgroup.lead.last");
		assertThatThrownBy(() -> workgroup.removeMember(1L)).hasMessage("workgroup.lead.last");
		workgroup.appointLead(3L);
		workgroup.removeLead(1L);
		assertThat(workgroup.isLead(1L)).isFalse();
		assertThat(workgroup.includes(1L)).isTrue();
	}

	@Test
	void membersAreAddedOnceAndRemoved() {
		Workgroup workgroup = workgroup();
		workgroup.addMember(5L);
		assertThatThrownBy(() -> workgroup.addMember(5L)).hasMessage("workgroup.member.already");
		workgroup.removeMember(5L);
		assertThat(workgroup.includes(5L)).isFalse();
		assertThatThrownBy(() -> workgroup.removeMember(5L)).hasMessage("workgroup.member.notMember");
	}

	@Test
	void nameAndChargeAreRequired() {
		assertThatThrownBy(() -> new Workgroup(" ", "charge", 1L)).isInstanceOfSatisfying(DomainRuleException.class,
				(e) -> assertThat(e.field()).isEqualTo("name"));
	}

}
