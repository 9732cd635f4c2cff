package org.alliance.persistence.feedback;

import java.util.List;

import org.alliance.domain.feedback.ServiceArea;

import org.springframework.data.jpa.repository.JpaRepository;

/** The service areas feedback can be about. */
public interface ServiceAreaRepository extends JpaRepository<ServiceArea, Long> {

	List<ServiceArea> findByActiveTrueOrderByNameAsc();

	List<ServiceArea> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCase(String name);

}
