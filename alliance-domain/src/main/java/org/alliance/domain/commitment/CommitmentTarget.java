package org.alliance.domain.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How a share target of a commitment is stored. */
@Embeddable
public class CommitmentTarget {

	@Column(nullable = false, length = 80)
	private String measure;

	@Column(name = "minimum_percent", nullable = false)
	private int minimumPercent;

	protected CommitmentTarget() {
	}

	CommitmentTarget(ShareTarget target) {
		this.measure = target.measure();
		this.minimumPercent = target.minimumPercent();
	}

	ShareTarget toShareTarget() {
		return new ShareTarget(this.measure, this.minimumPercent);
	}

}
