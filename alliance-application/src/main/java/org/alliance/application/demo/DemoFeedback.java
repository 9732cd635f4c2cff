package org.alliance.application.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliance.application.feedback.FeedbackService;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackStatus;
import org.alliance.domain.feedback.FeedbackTopic;
import org.alliance.domain.feedback.Outcome;
import org.alliance.domain.feedback.ServiceArea;
import org.alliance.domain.person.Person;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.feedback.FeedbackItemRepository;
import org.alliance.persistence.feedback.ServiceAreaRepository;
import org.alliance.persistence.plan.AimRepository;

import org.springframework.stereotype.Component;

/**
 * The demo's fictional feedback, taken through the item's own steps (acknowledged,
 * assigned, answered, closed, flagged, summarised, approved) at dates in the past.
 */
@Component
class DemoFeedback {

	private final FeedbackService service;

	private final FeedbackItemRepository items;

	private final ServiceAreaRepository areas;

	private final AimRepository aims;

	private final DimensionValueRepository groups;

	private final Clock clock;

	DemoFeedback(FeedbackService service, FeedbackItemRepository items, ServiceAreaRepository areas, AimRepository aims,
			DimensionValueRepository groups, Clock clock) {
		this.service = service;
		this.items = items;
		this.areas = areas;
		this.aims = aims;
		this.groups = groups;
		this.clock = clock;
	}

	int load(List<DemoPlan.DemoFeedbackItem> demo, Plan plan, Map<String, Person> people,
			Map<String, Workgroup> workgroups, Map<String, ActionStep> steps) {
		Instant now = this.clock.instant();
		Map<String, Long> areaIds = this.areas.findAllByOrderByNameAsc()
			.stream()
			.collect(Collectors.toMap(ServiceArea::getName, ServiceArea::getId));
		Map<Integer, Long> aimIds = this.aims.findByPlanIdOrderByNumberAsc(plan.getId())
			.stream()
			.collect(Collectors.toMap(Aim::getNumber, Aim::getId));
		Map<String, DimensionValue> groupByName = this.groups.findAllInOrder()
			.stream()
			.collect(Collectors.toMap((g) -> g.getDimension() + ":" + g.getLabel(), Function.identity()));
		for (DemoPlan.DemoFeedbackItem d : demo) {
			FeedbackTopic topic = FeedbackTopic.valueOf(d.topic());
			Set<Long> groupIds = d.groups().stream().map((g) -> groupByName.get(g).getId()).collect(Collectors.toSet());
			Instant received = now.minus(Duration.ofDays(d.daysAgo())).minus(Duration.ofHours(3));
			FeedbackItem item = this.service
				.submit(new FeedbackItem.Submission(topic, plan.getId(),
						(topic == FeedbackTopic.AIM) ? aimIds.get(Integer.parseInt(d.about())) : null,
						(topic == FeedbackTopic.SERVICE_AREA) ? areaIds.get(d.about()) : null, d.message(), d.contact(),
						groupIds, d.consent()), "en", received)
				.item();
			FeedbackStatus target = FeedbackStatus.valueOf(d.status());
			if (target != FeedbackStatus.NEW) {
				item.acknowledge(received.plus(Duration.ofDays(1)));
			}
			if (d.workgroup() != null) {
				item.assign(workgroups.get(d.workgroup()).getId(), received.plus(Duration.ofDays(2)));
			}
			d.steps().forEach((k) -> item.linkStep(steps.get(k).getId()));
			if (d.outcome() != null) {
				item.answer(Outcome.valueOf(d.outcome()), d.response(),
						received.plus(Duration.ofDays(Math.min(12, Math.max(3, d.daysAgo() - 2)))));
			}
			if (target == FeedbackStatus.CLOSED) {
				item.close(received.plus(Duration.ofDays(Math.min(20, d.daysAgo() - 1))));
			}
			if (d.complaintDaysAgo() != null) {
				item.passOnAsComplaint(LocalDate.now(this.clock).minusDays(d.complaintDaysAgo()));
			}
			if (d.safeguarding()) {
				item.flagSafeguarding();
			}
			if (d.youSaid() != null) {
				item.writeSummary(d.youSaid(), d.weDid(), people.get(d.summaryBy()).getId());
				if (d.approvedBy() != null) {
					item.approveSummary(people.get(d.approvedBy()).getId(), received.plus(Duration.ofDays(25)));
				}
			}
		}
		this.items.flush();
		return demo.size();
	}

}
