package org.alliance.persistence.step;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Files attached to progress updates, kept in PostgreSQL. */
@Repository
public class EvidenceStore {

	/** A file as the history lists it (without its content). */
	public record EvidenceFile(long id, long updateId, long stepId, String fileName, String contentType,
			int sizeBytes) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	EvidenceStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long add(long stepId, long updateId, String fileName, String contentType, byte[] content, String sha256,
			long uploadedBy, Instant now) {
		Long id = this.jdbc.queryForObject("""
				insert into evidence_file (update_id, step_id, file_name, content_type, size_bytes, sha256, content,
				 uploaded_by, uploaded_at) values (:update, :step, :name, :type, :size, :sha, :content, :by, :now)
				 returning id
				""",
				new MapSqlParameterSource("update", updateId).addValue("step", stepId)
					.addValue("name", fileName)
					.addValue("type", contentType)
					.addValue("size", content.length)
					.addValue("sha", sha256)
					.addValue("content", content)
					.addValue("by", uploadedBy)
					.addValue("now", Timestamp.from(now)),
				Long.class);
		return (id != null) ? id : 0L;
	}

	/** The files of a step's updates, by update. */
	public Map<Long, List<EvidenceFile>> ofStep(long stepId) {
		Map<Long, List<EvidenceFile>> files = new HashMap<>();
		this.jdbc.query("""
				select id, update_id, step_id, file_name, content_type, size_bytes from evidence_file
				 where step_id = :step order by id
				""", new MapSqlParameterSource("step", stepId),
				(RowCallbackHandler) (rs) -> files.computeIfAbsent(rs.getLong("update_id"), (k) -> new ArrayList<>())
					.add(new EvidenceFile(rs.getLong("id"), rs.getLong("update_id"), rs.getLong("step_id"),
							rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes"))));
		return files;
	}

	public Optional<EvidenceFile> find(long id) {
		return this.jdbc
			.query("""
					select id, update_id, step_id, file_name, content_type, size_bytes from evidence_file where id = :id
					""", new MapSqlParameterSource("id", id),
					(rs, i) -> new EvidenceFile(rs.getLong("id"), rs.getLong("update_id"), rs.getLong("step_id"),
							rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes")))
			.stream()
			.findFirst();
	}

	/** Writes a file's content to the stream. */
	public void copyContent(long id, OutputStream out) {
		this.jdbc.query("select content from evidence_file where id = :id", new MapSqlParameterSource("id", id),
				(RowCallbackHandler) (rs) -> {
					try {
						out.write(rs.getBytes("content"));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
	}

}
