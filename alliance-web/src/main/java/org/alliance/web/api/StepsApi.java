package org.alliance.web.api;

import org.springframework.http.MediaType;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.shared.StaleEditException;
import org.alliance.application.step.RecordProgress;
import org.alliance.application.step.StepService;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepStatus;
import org.alliance.web.api.ApiViews.StepDetail;
import org.alliance.web.api.ApiViews.StepView;
import org.alliance.web.api.ApiViews.UpdateView;
import org.alliance.web.security.AllianceUser;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An action step with its history, and progress updates posted to it. */
@RestController
@RequestMapping(path = "/api/v1/action-steps", produces = "application/json")
@Tag(name = "Action steps", description = "Action steps and their progress updates")
class StepsApi {

	private final StepService service;

	private final Clock clock;

	StepsApi(StepService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	/**
	 * A progress update: the step's new status and percent complete, what is happening
	 * (required when at risk, blocked or not applicable), and the version of the step the
	 * update was written against.
	 */
	record ProgressUpdate(@NotNull(message = "{step.status.required}") @Nullable StepStatus status,
			@NotNull(message = "{step.percent.required}") @Min(value = 0, message = "{step.percent.range}") @Max(
					value = 100, message = "{step.percent.range}") @Nullable Integer percent,
			@Size(max = ActionStep.NARRATIVE_MAX, message = "{step.narrative.tooLong}") @Nullable String narrative,
			@NotNull(message = "{form.version.required}") @Nullable Long version) {
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "getStep", summary = "An action step with its version and its history, newest first")
	StepDetail step(@PathVariable long id, @AuthenticationPrincipal AllianceUser me) {
		return detail(id, me);
	}

	@PostMapping(path = "/{id}/progress-updates", consumes = "application/json")
	@PreAuthorize("@access.canUpdateStep(authentication, #id)")
	@Operation(operationId = "recordProgress",
			summary = "Records progress on a step (members and leads of its workgroup, administrators)")
	@ApiResponse(responseCode = "201", description = "Recorded; the step as it is now",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = StepDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "The step changed since the version sent; the problem's"
					+ " 'current' holds the step as it is now",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody ProgressUpdate body,
			@AuthenticationPrincipal AllianceUser me) {
		try {
			this.service.recordProgress(new RecordProgress(id, body.version(), body.status(), body.percent(),
					(body.narrative() != null) ? body.narrative() : "", me.personId()));
		}
		catch (StaleEditException | OptimisticLockingFailureException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"The step changed since version " + body.version()
							+ ". Nothing was recorded; read 'current' and send the update again with its version.");
			problem.setProperty("current", detail(id, me));
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ResponseEntity.created(URI.create("/api/v1/action-steps/" + id)).body(detail(id, me));
	}

	private StepDetail detail(long id, AllianceUser me) {
		StepService.StepPage page = this.service.page(id, me.personId());
		LocalDate today = LocalDate.now(this.clock);
		List<UpdateView> history = page.history().stream().map(UpdateView::of).toList();
		return new StepDetail(page.step().getVersion(),
				(page.step().getDescription() != null) ? page.step().getDescription() : "",
				StepView.of(page.row(), today), history);
	}

}
