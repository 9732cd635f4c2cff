package org.alliance.application.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.SmallCellSuppression;
import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.FeedbackStatus;
import org.alliance.domain.feedback.FeedbackTopic;
import org.alliance.domain.feedback.WorkingDays;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.feedback.FeedbackItemRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of feedback by status, topic and self-described group, and how long it took to
 * acknowledge and answer, in working days. Group counts from 1 to 10 are suppressed as
 * the indicators' are, so no small group can be picked out.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackFigures {

	private final FeedbackItemRepository items;

	private final DimensionValueRepository groups;

	private final FeedbackSettings settings;

	private final Clock clock;

	FeedbackFigures(FeedbackItemRepository items, DimensionValueRepository groups, FeedbackSettings settings,
			Clock clock) {
		this.items = items;
		this.groups = groups;
		this.settings = settings;
		this.clock = clock;
	}

	/** One group's count, or {@code null} when it is suppressed. */
	public record GroupCount(Dimension dimension, String group, @Nullable Long count) {

		public boolean suppressed() {
			return this.count == null;
		}

	}

	/**
	 * @param medianAcknowledge working days to acknowledge, the median (null if none)
	 * @param acknowledgedInTime acknowledged within the deadline, of {@code acknowledged}
	 */
	public record Figures(long total, Map<FeedbackStatus, Long> byStatus, Map<FeedbackTopic, Long> byTopic,
			@Nullable Double medianAcknowledge, long acknowledged, long acknowledgedInTime,
			@Nullable Double medianAnswer, long answered, long answeredInTime, long overdue, List<GroupCount> byGroup) {
	}

	public Figures figures() {
		ZoneId zone = this.clock.getZone();
		LocalDate today = LocalDate.now(this.clock);
		List<FeedbackItem> all = this.items.allInOrder();
		Map<FeedbackStatus, Long> byStatus = new EnumMap<>(FeedbackStatus.class);
		Map<FeedbackTopic, Long> byTopic = new EnumMap<>(FeedbackTopic.class);
		for (FeedbackStatus s : FeedbackStatus.values()) {
			byStatus.put(s, 0L);
		}
		for (FeedbackTopic t : FeedbackTopic.values()) {
			byTopic.put(t, 0L);
		}
		List<Integer> toAcknowledge = new ArrayList<>();
		List<Integer> toAnswer = new ArrayList<>();
		long acknowledgedInTime = 0;
		long answeredInTime = 0;
		long overdue = 0;
		Map<Long, Long> perGroup = new LinkedHashMap<>();
		for (FeedbackItem f : all) {
			byStatus.merge(f.getStatus(), 1L, Long::sum);
			byTopic.merge(f.getTopic(), 1L, Long::sum);
			LocalDate received = LocalDate.ofInstant(f.getReceivedAt(), zone);
			if (f.getAcknowledgedAt() != null) {
				LocalDate on = LocalDate.ofInstant(f.getAcknowledgedAt(), zone);
				toAcknowledge.add(WorkingDays.between(received, on));
				if (!on.isAfter(f.acknowledgeBy(zone, this.settings.acknowledgeDays()))) {
					acknowledgedInTime++;
				}
			}
			if (f.getAnsweredAt() != null) {
				LocalDate on = LocalDate.ofInstant(f.getAnsweredAt(), zone);
				toAnswer.add(WorkingDays.between(received, on));
				if (!on.isAfter(f.answerBy(zone, this.settings.answerDays()))) {
					answeredInTime++;
				}
			}
			if (f.isOverdue(today, zone, this.settings.acknowledgeDays(), this.settings.answerDays())) {
				overdue++;
			}
			f.getGroupIds().forEach((g) -> perGroup.merge(g, 1L, Long::sum));
		}
		return new Figures(all.size(), byStatus, byTopic, median(toAcknowledge), toAcknowledge.size(),
				acknowledgedInTime, median(toAnswer), toAnswer.size(), answeredInTime, overdue, byGroup(perGroup));
	}

	private List<GroupCount> byGroup(Map<Long, Long> perGroup) {
		List<GroupCount> counts = new ArrayList<>();
		Map<Dimension, Map<String, Long>> byDimension = new EnumMap<>(Dimension.class);
		for (DimensionValue group : this.groups.findAllInOrder()) {
			Long count = perGroup.get(group.getId());
			if (count != null) {
				byDimension.computeIfAbsent(group.getDimension(), (d) -> new LinkedHashMap<>())
					.put(group.getLabel(), count);
			}
		}
		byDimension.forEach((dimension, groupCounts) -> {
			Set<String> hidden = SmallCellSuppression.suppressedSingleCounts(groupCounts, false);
			groupCounts.forEach((label, count) -> counts
				.add(new GroupCount(dimension, label, hidden.contains(label) ? null : count)));
		});
		return counts;
	}

	private static @Nullable Double median(List<Integer> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Integer> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
	}

}
