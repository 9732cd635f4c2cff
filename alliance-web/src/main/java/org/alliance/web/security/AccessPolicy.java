package org.alliance.web.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.workgroup.WorkgroupRole;
import org.alliance.application.comment.CommentStore;
import org.alliance.application.commitment.CommitmentViews;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.application.feedback.FeedbackViews;
import org.alliance.application.impact.AnalysisViews;
import org.alliance.application.progress.StepQueries;
import org.alliance.application.workgroup.WorkgroupViews;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where object-level access is decided. Used by {@code @PreAuthorize} on
 * every handler that reads or changes a particular workgroup or step, and by pages to
 * decide which buttons to show (hiding a button protects nothing; this bean does). An
 * unknown id is a 404, decided before any permission, so ids of other workgroups' objects
 * reveal nothing more than ids that do not exist.
 */
@Component("access")
@Transactional(readOnly = true)
public class AccessPolicy {

	private final StepQueries steps;

	private final WorkgroupViews workgroups;

	private final IndicatorViews indicators;

	private final CommitmentViews commitments;

	private final CommentStore comments;

	private final AnalysisViews analyses;

	private final FeedbackViews feedback;

	AccessPolicy(StepQueries steps, WorkgroupViews workgroups, IndicatorViews indicators, CommitmentViews commitments,
			CommentStore comments, AnalysisViews analyses, FeedbackViews feedback) {
		this.feedback = feedback;
		this.comments = comments;
		this.analyses = analyses;
		this.steps = steps;
		this.workgroups = workgroups;
		this.indicators = indicators;
		this.commitments = commitments;
	}

	/**
	 * Administrators, and members and leads of the workgroup that looks after the
	 * indicator, enter and import its values.
	 */
	public boolean canEnterIndicatorValues(Authentication authentication, Long indicatorId) {
		if (!this.indicators.indicatorExists(indicatorId)) {
			throw new NotFoundException("Indicator", indicatorId);
		}
		return canEnterValuesOf(authentication, this.indicators.workgroupIdOf(indicatorId).orElse(null));
	}

	/**
	 * The same decision for a page that already holds the indicator: who may enter values
	 * for an indicator looked after by this workgroup ({@code null}: administrators
	 * only).
	 */
	public boolean canEnterValuesOf(Authentication authentication, Long workgroupId) {
		return user(authentication)
			.map((u) -> u.isAdmin() || (workgroupId != null && roleIn(workgroupId, u).isPresent()))
			.orElse(false);
	}

	/**
	 * Administrators, and the person who made the pledge, record events against a
	 * commitment: a director keeps their own record of the panels they sit on.
	 */
	public boolean canRecordEvent(Authentication authentication, Long commitmentId) {
		return canRecordEventOn(authentication, this.commitments.findById(commitmentId)
			.orElseThrow(() -> new NotFoundException("Commitment", commitmentId)));
	}

	/**
	 * Who records events also reviews the pledge: its owner and administrators.
	 */
	public boolean canReviewCommitment(Authentication authentication, Long commitmentId) {
		return canRecordEvent(authentication, commitmentId);
	}

	/** The same decision for a page that already holds the commitment. */
	public boolean canRecordEventOn(Authentication authentication, Commitment commitment) {
		return user(authentication).map(
				(u) -> u.isAdmin() || (commitment.getOwnerId() != null && commitment.getOwnerId().equals(u.personId())))
			.orElse(false);
	}

	/** Members and leads of the step's workgroup, and administrators, post progress. */
	public boolean canUpdateStep(Authentication authentication, Long stepId) {
		Long workgroupId = workgroupOfStep(stepId);
		return user(authentication).map((u) -> u.isAdmin() || roleIn(workgroupId, u).isPresent()).orElse(false);
	}

	/** Leads of the step's workgroup, and administrators, edit and reassign the step. */
	public boolean canManageStep(Authentication authentication, Long stepId) {
		return canManageWorkgroup(authentication, workgroupOfStep(stepId));
	}

	/** Leads of the workgroup, and administrators, manage its steps and members. */
	public boolean canManageWorkgroup(Authentication authentication, Long workgroupId) {
		if (!this.workgroups.existsById(workgroupId)) {
			throw new NotFoundException("Workgroup", workgroupId);
		}
		return user(authentication)
			.map((u) -> u.isAdmin() || roleIn(workgroupId, u).filter((r) -> r == WorkgroupRole.LEAD).isPresent())
			.orElse(false);
	}

	/**
	 * Leads remove members; only administrators remove a lead, since administrators
	 * assign leads.
	 */
	public boolean canRemoveMember(Authentication authentication, Long workgroupId, Long personId) {
		if (!canManageWorkgroup(authentication, workgroupId)) {
			return false;
		}
		return isAdmin(authentication)
				|| this.workgroups.roleOf(workgroupId, personId).filter((r) -> r == WorkgroupRole.LEAD).isEmpty();
	}

	/** What a page may offer on a step. */
	public record StepPermissions(boolean update, boolean manage) {
	}

	/**
	 * What a page may offer on a step, given the role the reader holds in the step's
	 * workgroup (read with the step, so the page costs no extra lookup). The same rules
	 * as {@link #canUpdateStep} and {@link #canManageWorkgroup}: administrators do
	 * everything, leadership reads only, members update, leads also manage.
	 */
	public StepPermissions permissionsWithRole(Authentication authentication, Optional<WorkgroupRole> roleInWorkgroup) {
		return user(authentication).map((u) -> {
			if (u.isAdmin()) {
				return new StepPermissions(true, true);
			}
			Optional<WorkgroupRole> role = acting(u, () -> roleInWorkgroup);
			return new StepPermissions(role.isPresent(), role.filter((r) -> r == WorkgroupRole.LEAD).isPresent());
		}).orElse(new StepPermissions(false, false));
	}

	/** A comment is edited by its author only, while it is not removed. */
	public boolean canEditComment(Authentication authentication, Long commentId) {
		CommentStore.Comment comment = comment(commentId);
		return !comment.isRemoved()
				&& user(authentication).map((u) -> u.personId().equals(comment.authorId())).orElse(false);
	}

	/** A comment is removed by its author or an administrator. */
	public boolean canRemoveComment(Authentication authentication, Long commentId) {
		CommentStore.Comment comment = comment(commentId);
		return user(authentication).map((u) -> u.isAdmin() || u.personId().equals(comment.authorId())).orElse(false);
	}

	private CommentStore.Comment comment(Long commentId) {
		return this.comments.find(commentId).orElseThrow(() -> new NotFoundException("Comment", commentId));
	}

	/**
	 * Administrators, and anyone who works in a workgroup (leadership reads only), start
	 * impact analyses; the workgroup chosen must be one of theirs
	 * ({@link #canWorkInWorkgroup}).
	 */
	public boolean canStartAnalysis(Authentication authentication) {
		return user(authentication)
			.map((u) -> u.isAdmin() || (!u.isLeadership() && this.workgroups.belongsToAny(u.personId())))
			.orElse(false);
	}

	/** Administrators, and members and leads of this workgroup. */
	public boolean canWorkInWorkgroup(Authentication authentication, Long workgroupId) {
		return user(authentication)
			.map((u) -> u.isAdmin() || (workgroupId != null && roleIn(workgroupId, u).isPresent()))
			.orElse(false);
	}

	/**
	 * Members and leads of the analysis's workgroup, and administrators, work on it (the
	 * analysis itself refuses changes once submitted or signed off).
	 */
	public boolean canWorkOnAnalysis(Authentication authentication, Long analysisId) {
		return canWorkInWorkgroup(authentication, workgroupOfAnalysis(analysisId));
	}

	/**
	 * A lead of the analysis's workgroup or an administrator, other than its owner, signs
	 * it off or returns it, and publishes it.
	 */
	public boolean canReviewAnalysis(Authentication authentication, Long analysisId) {
		Long workgroupId = workgroupOfAnalysis(analysisId);
		Long ownerId = this.analyses.ownerIdOf(analysisId).orElse(null);
		return user(authentication).filter((u) -> !u.personId().equals(ownerId))
			.map((u) -> u.isAdmin() || roleIn(workgroupId, u).filter((r) -> r == WorkgroupRole.LEAD).isPresent())
			.orElse(false);
	}

	/**
	 * Administrators and workgroup leads triage feedback from the public (leadership
	 * reads its figures).
	 */
	public boolean canTriageFeedback(Authentication authentication) {
		return user(authentication).map(this::triagesFeedback).orElse(false);
	}

	/** The same decision for the page's header, which holds the signed-in person. */
	public boolean triagesFeedback(AllianceUser user) {
		return user.isAdmin()
				|| (!user.isLeadership() && this.workgroups.holdsRole(user.personId(), WorkgroupRole.LEAD));
	}

	/**
	 * Who triages sees an item, except an unhandled safeguarding concern, which only
	 * administrators see.
	 */
	public boolean canSeeFeedback(Authentication authentication, Long itemId) {
		boolean restricted = this.feedback.item(itemId)
			.orElseThrow(() -> new NotFoundException("Feedback", itemId))
			.isRestricted();
		return canTriageFeedback(authentication) && (!restricted || isAdmin(authentication));
	}

	/**
	 * Who handles an item reads its sender's contact details: administrators, and the
	 * leads of the workgroup it is assigned to (not every lead who triages). For a page
	 * whose item the caller may already see (it is not looked up again).
	 */
	public boolean mayReadContactOf(Authentication authentication, FeedbackItem item) {
		if (isAdmin(authentication)) {
			return true;
		}
		Long workgroupId = item.getWorkgroupId();
		return workgroupId != null && user(authentication).flatMap((u) -> roleIn(workgroupId, u))
			.filter((r) -> r == WorkgroupRole.LEAD)
			.isPresent();
	}

	/** Leadership, and whoever triages, read the figures. */
	public boolean canReadFeedbackFigures(Authentication authentication) {
		return user(authentication).map(AllianceUser::isLeadership).orElse(false) || canTriageFeedback(authentication);
	}

	private Long workgroupOfAnalysis(Long analysisId) {
		return this.analyses.workgroupIdOf(analysisId)
			.orElseThrow(() -> new NotFoundException("Impact analysis", analysisId));
	}

	public boolean isAdmin(Authentication authentication) {
		return user(authentication).map(AllianceUser::isAdmin).orElse(false);
	}

	private Long workgroupOfStep(Long stepId) {
		return this.steps.workgroupIdOf(stepId).orElseThrow(() -> new NotFoundException("Action step", stepId));
	}

	private Optional<WorkgroupRole> roleIn(Long workgroupId, AllianceUser user) {
		return acting(user, () -> this.workgroups.roleOf(workgroupId, user.personId()));
	}

	/**
	 * The role a person acts with in a workgroup: leadership reads everything and changes
	 * nothing, whatever workgroup they sit in.
	 */
	private static Optional<WorkgroupRole> acting(AllianceUser user, Supplier<Optional<WorkgroupRole>> role) {
		return user.isLeadership() ? Optional.empty() : role.get();
	}

	private static Optional<AllianceUser> user(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AllianceUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

}
