package org.alliance.persistence.step;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.alliance.domain.step.ChecklistItem;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The items of checklist steps. */
public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

	/** An item as a step page shows it, with the name of who ticked it. */
	record ItemRow(Long id, long version, int position, String text, @Nullable LocalDate doneOn, @Nullable String note,
			@Nullable String doneByName) {

		public boolean isDone() {
			return this.doneOn != null;
		}

	}

	/** How far a checklist step has got. */
	record Tally(long total, long done) {
	}

	/**
	 * A checklist step of a plan with how many of its items are ticked (read with the
	 * plan's history: ProgressQueries).
	 */
	record ChecklistRow(Long stepId, String title, String workgroupName, long total, long done) {

		public int percent() {
			return ChecklistItem.percent(this.done, this.total);
		}

	}

	List<ChecklistItem> findByStepIdOrderByPositionAsc(Long stepId);

	/** The items of several steps at once, by step and position. */
	List<ChecklistItem> findByStepIdInOrderByStepIdAscPositionAsc(Collection<Long> stepIds);

	Optional<ChecklistItem> findByIdAndStepId(Long id, Long stepId);

	@Query("""
			select new org.alliance.persistence.step.ChecklistItemRepository$ItemRow(i.id, i.version, i.position, i.text,
			 i.doneOn, i.note, p.displayName)
			 from ChecklistItem i left join Person p on p.id = i.doneBy
			 where i.stepId = :stepId order by i.position""")
	List<ItemRow> rowsOf(@Param("stepId") Long stepId);

	@Query("""
			select new org.alliance.persistence.step.ChecklistItemRepository$Tally(count(i), count(i.doneOn))
			 from ChecklistItem i where i.stepId = :stepId""")
	Tally tallyOf(@Param("stepId") Long stepId);

	@Query("select coalesce(max(i.position), 0) from ChecklistItem i where i.stepId = :stepId")
	int lastPosition(@Param("stepId") Long stepId);

}
