package org.alliance.web.publication;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.alliance.application.publication.PublicationService;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator makes public: the address, and the aims, steps (each with an
 * optional note for the public), indicators and commitments ticked.
 */
public record PublicationForm(
		@NotBlank(message = "{publication.slug.invalid}") @Size(max = PublicationService.SLUG_MAX,
				message = "{publication.slug.invalid}") String slug,
		@Nullable List<Long> aims, @Nullable List<Long> steps, @Nullable List<Long> indicators,
		@Nullable List<Long> commitments, @Nullable Map<Long, String> notes) {

	static PublicationForm of(PublicationService.Draft draft) {
		return new PublicationForm(draft.slug(), List.copyOf(draft.aims()), List.copyOf(draft.steps()),
				List.copyOf(draft.indicators()), List.copyOf(draft.commitments()), new TreeMap<>(draft.notes()));
	}

	PublicationService.Draft draft() {
		return new PublicationService.Draft(this.slug, set(this.aims), set(this.steps), set(this.indicators),
				set(this.commitments), (this.notes != null) ? this.notes : Map.of());
	}

	public boolean chosen(String kind, Long id) {
		List<Long> ids = switch (kind) {
			case "aim" -> this.aims;
			case "step" -> this.steps;
			case "indicator" -> this.indicators;
			default -> this.commitments;
		};
		return ids != null && ids.contains(id);
	}

	public String note(Long step) {
		return (this.notes != null) ? this.notes.getOrDefault(step, "") : "";
	}

	private static Set<Long> set(@Nullable List<Long> ids) {
		return (ids != null) ? new LinkedHashSet<>(ids) : Set.of();
	}

}
