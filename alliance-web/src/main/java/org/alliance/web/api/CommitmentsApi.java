package org.alliance.web.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.alliance.application.commitment.CommitmentService;
import org.alliance.application.commitment.Compliance;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.commitment.CommitmentStatus;
import org.alliance.domain.commitment.ComplianceRecord;
import org.alliance.domain.commitment.EventKind;
import org.alliance.domain.commitment.ShareTarget;
import org.alliance.application.commitment.CommitmentViews;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commitments with their targets, how well they are kept (the share of events that met
 * every target, by quarter), and the events recorded against them.
 */
@RestController
@RequestMapping(path = "/api/v1/commitments", produces = "application/json")
@Tag(name = "Commitments", description = "Commitments, their targets, events and compliance")
@Transactional(readOnly = true)
class CommitmentsApi {

	private final CommitmentViews commitments;

	private final CommitmentService service;

	private final Compliance compliance;

	CommitmentsApi(CommitmentViews commitments, CommitmentService service, Compliance compliance) {
		this.commitments = commitments;
		this.service = service;
		this.compliance = compliance;
	}

	record Target(String measure, int minimumPercent) {

		static List<Target> of(List<ShareTarget> targets) {
			return targets.stream().map((t) -> new Target(t.measure(), t.minimumPercent())).toList();
		}

	}

	record CommitmentView(long id, String statement, String madeBy, @Nullable Long ownerId, CommitmentStatus status,
			@Nullable LocalDate reviewDate, List<Target> targets, String href) {

		static CommitmentView of(Commitment c) {
			return new CommitmentView(c.getId(), c.getStatement(), c.getMadeBy(), c.getOwnerId(), c.getStatus(),
					c.getReviewDate(), Target.of(c.getTargets()), "/api/v1/commitments/" + c.getId());
		}

	}

	record QuarterView(String period, int events, int met, double ratePercent) {
	}

	/**
	 * How well a commitment with targets is kept: events recorded, how many met every
	 * target, the rate in percent ({@code null} with no events), by quarter.
	 */
	record ComplianceView(int events, int met, @Nullable Double ratePercent, List<QuarterView> quarters) {
	}

	record CommitmentDetail(CommitmentView commitment, List<Long> linkedStepIds, @Nullable ComplianceView compliance,
			String events) {
	}

	record TargetResult(String measure, int minimumPercent, long counted, long total, double percent, boolean met) {
	}

	record EventView(long id, LocalDate date, String name, EventKind kind, int total, boolean metEveryTarget,
			List<TargetResult> targets) {
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "listCommitments", summary = "Commitments in review order")
	ApiPage<CommitmentView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, HttpServletRequest request) {
		Paging paging = Paging.of(page, size);
		return ApiPage.slice(this.commitments.findAllInReviewOrder(), paging, CommitmentView::of, request);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "getCommitment",
			summary = "A commitment with its targets and, when it has targets, how well it is kept")
	CommitmentDetail commitment(@PathVariable long id) {
		Commitment commitment = this.service.commitment(id);
		ComplianceView kept = null;
		if (!commitment.getTargets().isEmpty()) {
			ComplianceRecord record = this.compliance.of(commitment);
			kept = new ComplianceView(record.eventCount(), record.met(), record.rate(),
					record.quarters()
						.stream()
						.map((q) -> new QuarterView(q.period().code(), q.events(), q.met(), q.rate()))
						.toList());
		}
		return new CommitmentDetail(CommitmentView.of(commitment),
				commitment.getLinkedStepIds().stream().sorted().toList(), kept,
				"/api/v1/commitments/" + id + "/events");
	}

	@GetMapping("/{id}/events")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "listCommitmentEvents",
			summary = "The events recorded against a commitment, newest first, each checked against the targets")
	ApiPage<EventView> events(@PathVariable long id, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, HttpServletRequest request) {
		Paging paging = Paging.of(page, size);
		Commitment commitment = this.service.commitment(id);
		List<ComplianceRecord.CheckedEvent> events = this.compliance.of(commitment).events();
		List<ComplianceRecord.CheckedEvent> newestFirst = new ArrayList<>(events);
		Collections.reverse(newestFirst);
		return ApiPage.slice(newestFirst, paging,
				(checked) -> new EventView(checked.event().getId(), checked.event().getDate(),
						checked.event().getName(), checked.event().getKind(), checked.event().getTotal(),
						checked.result().met(),
						checked.result()
							.targets()
							.stream()
							.map((t) -> new TargetResult(t.target().measure(), t.target().minimumPercent(), t.counted(),
									t.total(), t.percent(), t.met()))
							.collect(Collectors.toList())),
				request);
	}

}
