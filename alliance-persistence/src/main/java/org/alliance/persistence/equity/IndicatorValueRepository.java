package org.alliance.persistence.equity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.IndicatorValue;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The values of indicators, by period, dimension and group. */
public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, Long> {

	@Query("select v from IndicatorValue v where v.indicatorId = :indicatorId order by v.periodStart, v.dimension")
	List<IndicatorValue> findByIndicator(@Param("indicatorId") Long indicatorId);

	@Query("select v from IndicatorValue v order by v.indicatorId, v.periodStart")
	List<IndicatorValue> findAllInOrder();

	/**
	 * Every value with the group it belongs to, in one statement: pairs of
	 * {@link IndicatorValue} and {@link org.alliance.domain.equity.DimensionValue}.
	 */
	@Query("select v, g from IndicatorValue v join DimensionValue g on g.id = v.groupValueId"
			+ " order by v.indicatorId, v.periodStart")
	List<Object[]> findAllWithGroups();

	@Query("select v from IndicatorValue v where v.indicatorId = :indicatorId and v.periodStart = :start"
			+ " and v.dimension = :dimension")
	List<IndicatorValue> findOfPeriod(@Param("indicatorId") Long indicatorId, @Param("start") LocalDate start,
			@Param("dimension") Dimension dimension);

	boolean existsByIndicatorId(Long indicatorId);

	long countByIndicatorId(Long indicatorId);

	/**
	 * Removes the values of the given periods of one dimension, before they are replaced.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from IndicatorValue v where v.indicatorId = :indicatorId and v.dimension = :dimension"
			+ " and v.periodStart in :starts")
	int deletePeriods(@Param("indicatorId") Long indicatorId, @Param("dimension") Dimension dimension,
			@Param("starts") Collection<LocalDate> starts);

}
