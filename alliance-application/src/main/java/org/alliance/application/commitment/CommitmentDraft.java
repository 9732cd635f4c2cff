package org.alliance.application.commitment;

import java.time.LocalDate;

/**
 * A commitment's wording, who made it, the account that keeps its record and (for a new
 * one) its first review date.
 */
public record CommitmentDraft(String statement, String madeBy, Long ownerId, LocalDate reviewDate) {
}
