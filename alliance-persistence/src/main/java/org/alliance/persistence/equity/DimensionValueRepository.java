package org.alliance.persistence.equity;

import java.util.List;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The groups of each dimension. */
public interface DimensionValueRepository extends JpaRepository<DimensionValue, Long> {

	@Query("select v from DimensionValue v order by v.dimension, v.position, v.label")
	List<DimensionValue> findAllInOrder();

	List<DimensionValue> findByDimensionOrderByPositionAscLabelAsc(Dimension dimension);

	boolean existsByDimensionAndLabelIgnoreCase(Dimension dimension, String label);

	@Query("select coalesce(max(v.position), 0) from DimensionValue v where v.dimension = :dimension")
	int maxPosition(Dimension dimension);

}
