package org.alliance.web.commitment;

import java.time.Clock;
import java.time.LocalDate;

import org.alliance.domain.commitment.Commitment;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.persistence.step.StepQueries;
import org.alliance.web.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Commitments: the pledges made, when they are reviewed, and the steps that deliver them.
 */
@Controller
@Transactional(readOnly = true)
class CommitmentController {

	private final CommitmentRepository commitments;

	private final StepQueries queries;

	private final Clock clock;

	CommitmentController(CommitmentRepository commitments, StepQueries queries, Clock clock) {
		this.commitments = commitments;
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping("/commitments")
	@PreAuthorize("isAuthenticated()")
	String list(Model model) {
		model.addAttribute("commitments", this.commitments.findAllInReviewOrder());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "commitments/list";
	}

	@GetMapping("/commitments/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, Model model) {
		Commitment commitment = this.commitments.findWithSteps(id)
			.orElseThrow(() -> new NotFoundException("Commitment", id));
		model.addAttribute("commitment", commitment);
		model.addAttribute("steps", commitment.getLinkedStepIds().isEmpty() ? java.util.List.of()
				: this.queries.rowsWithIds(commitment.getLinkedStepIds()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "commitments/show";
	}

}
