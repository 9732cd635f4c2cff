package org.alliance.application.feedback;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.feedback.FeedbackItem;
import org.alliance.domain.feedback.ServiceArea;
import org.alliance.persistence.feedback.FeedbackItemRepository;
import org.alliance.persistence.feedback.ServiceAreaRepository;

import org.springframework.stereotype.Component;

/**
 * The read side of feedback and service areas for pages (ADR 18); the figures are
 * {@link FeedbackFigures}.
 */
@Component
public class FeedbackViews {

	private final FeedbackItemRepository items;

	private final ServiceAreaRepository areas;

	FeedbackViews(FeedbackItemRepository items, ServiceAreaRepository areas) {
		this.items = items;
		this.areas = areas;
	}

	public Optional<FeedbackItem> item(Long id) {
		return this.items.findById(id);
	}

	/** Every item, in the order of the triage list. */
	public List<FeedbackItem> items() {
		return this.items.allInOrder();
	}

	/** The items whose answer is published ("you said, we did"). */
	public List<FeedbackItem> publishedItems() {
		return this.items.published();
	}

	public Optional<ServiceArea> serviceArea(Long id) {
		return this.areas.findById(id);
	}

	/** Every service area by name. */
	public List<ServiceArea> serviceAreas() {
		return this.areas.findAllByOrderByNameAsc();
	}

	/** The service areas the public can choose, by name. */
	public List<ServiceArea> activeServiceAreas() {
		return this.areas.findByActiveTrueOrderByNameAsc();
	}

}
