package org.alliance.persistence.template;

import java.util.List;
import java.util.Optional;

import org.alliance.domain.template.StoredTemplate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Stored plan templates, every version of every key. */
public interface StoredTemplateRepository extends JpaRepository<StoredTemplate, Long> {

	List<StoredTemplate> findAllByOrderByKeyAscVersionDesc();

	Optional<StoredTemplate> findByKeyAndVersion(String key, int version);

	boolean existsByKeyAndVersion(String key, int version);

	@Query("select coalesce(max(t.version), 0) from StoredTemplate t where t.key = :key")
	int latestVersion(@Param("key") String key);

}
