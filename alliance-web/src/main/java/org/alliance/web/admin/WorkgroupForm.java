package org.alliance.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.domain.workgroup.Workgroup;

/**
 * An administrator's form for creating a workgroup (with its first lead) or describing
 * it.
 */
public record WorkgroupForm(
		@NotBlank(message = "{workgroup.name.invalid}") @Size(max = Workgroup.NAME_MAX,
				message = "{workgroup.name.invalid}") String name,
		@NotBlank(message = "{workgroup.charge.invalid}") @Size(max = Workgroup.CHARGE_MAX,
				message = "{workgroup.charge.invalid}") String charge,
		Long leadId, Long version) {

	static WorkgroupForm blank() {
		return new WorkgroupForm("", "", null, null);
	}

	static WorkgroupForm from(Workgroup workgroup) {
		return new WorkgroupForm(workgroup.getName(), workgroup.getCharge(), null, workgroup.getVersion());
	}

}
